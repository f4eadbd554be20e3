Samsung Electronics redovisade ett rörelseresultat på 6,6 biljoner won (5,1 miljarder dollar) för tredje kvartalet, en minskning med 12 procent jämfört med året innan.

Vd Han Jong-hee sa på tisdagen i Seoul att företaget ska investera 2 miljarder dollar i en ny fabrik i Texas till 2025.

Omkring 24 000 arbetare deltog i mötet den 3 mars, uppgav facket.
