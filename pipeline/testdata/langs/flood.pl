W powodziach na południu Brazylii zginęło co najmniej 147 osób, a ponad 580 tys. musiało opuścić swoje domy – poinformował w niedzielę rząd stanu Rio Grande do Sul.

Gubernator Eduardo Leite powiedział, że straty mogą przekroczyć 19 mld reali (3,7 mld dolarów), a odbudowa potrwa lata. „Mierzymy się z najgorszą katastrofą klimatyczną w naszej historii” – powiedział dziennikarzom w Porto Alegre.

Rzeka Guaíba osiągnęła 5 maja rekordowy poziom 5,35 metra, przekraczając poprzedni rekord z 1941 roku. Część miejskiego lotniska wciąż jest pod wodą, a loty zawieszono co najmniej do 30 maja.

Prezydent Luiz Inácio Lula da Silva po raz trzeci odwiedził region i obiecał 50,9 mld reali pomocy federalnej. ONZ poinformowała, że wysyła pomoc doraźną.

Meteorolodzy ostrzegli, że do środy może spaść kolejne 150 milimetrów deszczu. Około 80 osób wciąż uznaje się za zaginione.
