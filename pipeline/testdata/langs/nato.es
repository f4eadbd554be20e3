Los ministros de Defensa de la OTAN se reunirán en Bruselas el jueves 13 de junio a las 10.30, hora local, para debatir un plan para elevar el gasto militar al 3,5 % del PIB de aquí a 2035.

El secretario general, Mark Rutte, afirmó que 23 de los 32 aliados ya gastan al menos el 2 %, frente a solo tres en 2014. «Es un cambio histórico», dijo a los periodistas.

El presupuesto de defensa de Alemania aumentará en 7.400 millones de euros, hasta 62.400 millones, el próximo año, según el ministro de Defensa, Boris Pistorius, de 64 años.

La cumbre de la Alianza en La Haya está prevista para el 24 y 25 de junio.
