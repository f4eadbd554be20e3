Europejski Bank Centralny obniżył w czwartek 17 października swoją główną stopę procentową o ćwierć punktu procentowego, do 3,25%. To już trzecia obniżka w tym roku.

„Inflacja spada szybciej, niż się spodziewaliśmy” – powiedziała dziennikarzom we Frankfurcie prezes EBC Christine Lagarde, dodając, że wzrost w strefie euro pozostaje słaby.

Ceny konsumpcyjne w 20 krajach, które używają euro, wzrosły we wrześniu o 1,7%, po raz pierwszy od czerwca 2021 roku spadając poniżej celu banku wynoszącego 2%.

Ekonomiści Deutsche Banku spodziewają się do marca jeszcze dwóch obniżek, a rynki obstawiają stopy na poziomie od 2,5% do 2,75% do końca przyszłego roku.

Po decyzji euro potaniało o 0,4%, do 1,083 dolara, a niemiecki indeks DAX zamknął się wzrostem o 0,6%, na poziomie 19 583 punktów.
