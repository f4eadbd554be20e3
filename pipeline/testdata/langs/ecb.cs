Evropská centrální banka ve čtvrtek 17. října snížila svou hlavní úrokovou sazbu o čtvrt procentního bodu na 3,25 %, což je letos již třetí snížení.

„Inflace klesá rychleji, než jsme očekávali,“ řekla novinářům ve Frankfurtu prezidentka ECB Christine Lagardeová a dodala, že růst v eurozóně zůstává slabý.

Spotřebitelské ceny ve 20 zemích, které používají euro, vzrostly v září o 1,7 %, a poprvé od června 2021 se tak dostaly pod cíl banky ve výši 2 %.

Ekonomové Deutsche Bank očekávají do března další dvě snížení, zatímco trhy sázejí na sazby mezi 2,5 % a 2,75 % do konce příštího roku.

Euro po rozhodnutí oslabilo o 0,4 % na 1,083 dolaru a německý index DAX uzavřel o 0,6 % výše na 19 583 bodech.
