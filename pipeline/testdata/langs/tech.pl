Samsung Electronics zaprezentował w środę Galaxy S25 Ultra, który trafi do sprzedaży w Europie 7 lutego w cenie 1449 euro, czyli o około 8% więcej niż ubiegłoroczny model.

Telefon ma ekran o przekątnej 6,9 cala, 12 GB pamięci i do 1 TB miejsca na dane, a jego bateria wytrzymuje mniej więcej o jedną trzecią dłużej niż w poprzedniej generacji – poinformowała firma.

„Sztuczna inteligencja jest teraz w centrum wszystkiego, co robimy” – powiedział TM Roh, szef działu mobilnego Samsunga, podczas premiery w San Jose w Kalifornii.

W ubiegłym roku Samsung dostarczył 225 mln smartfonów, nieco mniej niż Apple, którego iPhone odpowiadał za ponad połowę przychodów.

Akcje Samsunga potaniały w Seulu o 1,3%, do 53 400 wonów, a SK Hynix zyskał 2,1%.
