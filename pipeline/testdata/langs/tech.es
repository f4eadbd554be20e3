Samsung Electronics presentó el miércoles el Galaxy S25 Ultra, que saldrá a la venta en Europa el 7 de febrero por 1.449 euros, alrededor de un 8 % más que el modelo del año pasado.

El teléfono tiene una pantalla de 6,9 pulgadas, 12 GB de memoria y hasta 1 TB de almacenamiento, y su batería dura aproximadamente un tercio más que la de la generación anterior, según la empresa.

«La inteligencia artificial está ahora en el centro de todo lo que hacemos», dijo TM Roh, jefe del negocio móvil de Samsung, en el acto de presentación en San José, California.

Samsung distribuyó 225 millones de teléfonos inteligentes el año pasado, algo menos que Apple, cuyo iPhone representó más de la mitad de sus ingresos.

Las acciones de Samsung cayeron un 1,3 %, hasta 53.400 wones, en Seúl, mientras que SK Hynix subió un 2,1 %.
