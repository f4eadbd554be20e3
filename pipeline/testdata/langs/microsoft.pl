Microsoft poinformował we wtorek, że w ciągu najbliższych dwóch lat zainwestuje w Niemczech 3,2 mld dolarów, co jest jego największą inwestycją w tym kraju od 40 lat.

Prezes firmy Brad Smith ogłosił plan w Berlinie wraz z kanclerzem Olafem Scholzem. Do 2026 roku ma powstać około 1200 nowych miejsc pracy.

Akcje spółki wzrosły o 1,5% do 415 dolarów na giełdzie w Nowym Jorku, a indeks Nasdaq zyskał 0,8%.

„Sztuczna inteligencja zmieni każdą branżę” – powiedział Smith dziennikarzom, dodając, że pierwsze centrum danych zostanie otwarte we Frankfurcie w marcu.
