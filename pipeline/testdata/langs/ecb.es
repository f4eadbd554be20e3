El Banco Central Europeo recortó el jueves 17 de octubre su tipo de interés de referencia en un cuarto de punto porcentual, hasta el 3,25 %, su tercera rebaja este año.

«La inflación está bajando más rápido de lo que esperábamos», dijo a los periodistas en Fráncfort la presidenta del BCE, Christine Lagarde, quien añadió que el crecimiento en la eurozona sigue siendo débil.

Los precios al consumo en los 20 países que utilizan el euro subieron un 1,7 % en septiembre, por debajo del objetivo del 2 % del banco por primera vez desde junio de 2021.

Los economistas de Deutsche Bank esperan dos recortes más antes de marzo, mientras que los mercados apuestan por tipos de entre el 2,5 % y el 2,75 % a finales del año que viene.

El euro cayó un 0,4 %, hasta 1,083 dólares, tras la decisión, y el índice alemán DAX cerró con una subida del 0,6 %, en 19.583 puntos.
