Samsung Electronics odnotował zysk operacyjny w wysokości 6,6 bln wonów (5,1 mld dolarów) w trzecim kwartale, o 12% mniej niż rok wcześniej.

Prezes Han Jong-hee powiedział we wtorek w Seulu, że firma zainwestuje 2 mld dolarów w nową fabrykę w Teksasie do 2025 roku.

Według związku w spotkaniu 3 marca wzięło udział około 24 tys. pracowników.
