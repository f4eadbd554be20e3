Microsoft anunció el martes que invertirá 3.200 millones de dólares en Alemania durante los próximos dos años, su mayor inversión en el país en 40 años.

El presidente de la compañía, Brad Smith, presentó el plan en Berlín junto al canciller Olaf Scholz. Se espera que para 2026 se creen unos 1.200 nuevos puestos de trabajo.

Las acciones de la compañía subieron un 1,5 % hasta los 415 dólares en la bolsa de Nueva York, mientras que el índice Nasdaq ganó un 0,8 %.

"La inteligencia artificial cambiará todas las industrias", dijo Smith a los periodistas, y añadió que el primer centro de datos abrirá en Fráncfort en marzo.
