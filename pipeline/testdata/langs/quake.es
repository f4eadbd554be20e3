Un terremoto de magnitud 6,8 sacudió el centro de Marruecos la noche del viernes y causó más de 2.000 muertos y al menos 2.400 heridos, según informó el sábado el Ministerio del Interior.

El sismo se produjo a las 23:11 hora local (22:11 GMT) a una profundidad de 18,5 kilómetros, a unos 72 km al suroeste de Marrakech, según el Servicio Geológico de Estados Unidos.

«Sentimos una sacudida muy violenta», dijo Abdelhak El Amrani, de 33 años, vecino de Marrakech. «La mitad de las casas de la ciudad vieja tienen grietas».

El rey Mohamed VI decretó tres días de luto nacional, y las Naciones Unidas dijeron que unas 300.000 personas se habían visto afectadas.

Fue el terremoto más mortífero en Marruecos desde 1960, cuando un sismo destruyó la ciudad de Agadir y mató al menos a 12.000 personas.
