// Epilogue: first the record's epilogue (record.md §1.5–1.7), then the player's own fictional epilogue per role.
// Every `# record:` tag sits on a line that every path passes; the only choices before the role split gather back
// at once. The player's epilogue reads the shared variables only (trust values, letters_home, known, house).

=== epilogue
# checkpoint: epilogue
# scene: museum
# time: day
# music: epilogue
# ambience: garden
Coyoacán. Muchos años después. # invented
{not classroom_cut:
    La casa de Avenida Viena hoy es un museo. Los visitantes entran por la avenida Río Churubusco, donde está la taquilla, y recorren el jardín en el orden que sugiere la guía. # cite: museum_blog
}
{not classroom_cut:
    Las conejeras ya no están. Las torres siguen ahí, y las puertas de acero, con muchas capas de pintura encima. # invented
}
¿Dónde te detienes primero?
* (ep_stone) [Quedarte junto a la piedra del jardín]
    En el jardín se alza una losa de piedra alta, diseñada por el arquitecto y pintor Juan O'Gorman, con una bandera roja encima. Ahí se depositaron las cenizas de Trotsky. # cite: museum_site
* (ep_wall) [Mirar la pared de la recámara]
    En la recámara, los agujeros de bala de la madrugada del 24 de mayo de 1940 siguen en el aplanado, tal como quedaron. # cite: museum_site
* (ep_study) [Pararte en la puerta del estudio]
    El estudio conserva su mesa larga, sus libros, el mapa de México en la pared y el dictáfono. # cite: museum_site
- Una cédula junto a la puerta cuenta lo que pasó después del cortejo fúnebre. # invented
-> trials

= trials
# class: title
Después de agosto de 1940
{not classroom_cut:
    La investigación del asalto de mayo siguió adelante mientras la ciudad discutía el asesinato. # cite: ss
}
David Alfaro Siqueiros, que había dirigido a los asaltantes en el terreno, estaba escondido desde junio. # cite: ss
{not classroom_cut:
    Había pasado de Cuernavaca a la sierra de Jalisco, viviendo con nombres falsos. # cite: sa
}
El 4 de octubre de 1940 lo detuvieron en la sierra de Jalisco, cerca de Hostotipaquillo. Admitió que había participado en el asalto, pero dijo que el propósito había sido una protesta «psicológica» y apoderarse de papeles, no matar. # record: siqueiros_arrested_1940_10_04 # cite: cia_chronology
{not classroom_cut:
    La policía había contado unos setenta agujeros de bala tan solo en la recámara, y en el cuarto de al lado dormía un niño. # cite: mit
    {role:
    - teamster:
    En Minneapolis leíste el relato más completo en Socialist Appeal, entre los avisos del sindicato. Albert Goldman, el abogado que había representado al Viejo, escribió sobre la captura. # cite: sa # invented
    - student:
    En Nueva York lo leíste en Socialist Appeal, donde Albert Goldman, el abogado que había representado al Viejo, escribió sobre la captura. # cite: sa # invented
    - else:
    En Coyoacán los voceadores ya lo gritaban en la esquina del mercado antes de que terminaras de desayunar. # invented
    Compraste dos periódicos, uno de cada bando, y los leíste lado a lado en una banca de la plaza. # invented
    }
}
{classroom_cut: -> t_after_cutting}
* [Mandarle el recorte a alguien que estuvo ahí]
    ~ raise(trust_guards, 1)
    Se lo mandas por correo a un guardia con el que hiciste turnos: sin carta, solo el recorte y tus iniciales. La respuesta llega igual, con un recorte suyo y una sola palabra subrayada. # invented
* [Ponerlo en una carta a tu familia]
    ~ letters_home++
    Copias lo principal en una carta a tu familia, y sigues con cómo se oyó el asalto desde los cuartos de los guardias: la primera vez que lo pones por escrito. # invented
* (kept_cutting) [Guardártelo]
    Lo doblas, lo guardas en la cartera y lo traes contigo hasta que se rompe por los dobleces. Todavía no quieres la opinión de nadie sobre eso, ni siquiera la tuya. # invented
- (t_after_cutting)
En 1941 un tribunal de tres jueces desechó el cargo de homicidio, y Siqueiros quedó libre. A instancias del nuevo presidente se fue a Chile, con una visa firmada por el cónsul general de Chile en México, el poeta Pablo Neruda, y pintó un mural en una escuela de Chillán. # record: siqueiros_freed_1941 # cite: sa
Iosif Grigulevich, el agente soviético que había organizado el asalto, ya había salido de México sin que nadie lo notara. Era «Felipe», el hombre al que conocían los asaltantes y, según piensan hoy casi todos los historiadores, también Bob Harte. # cite: mit # cite: pat
{not classroom_cut:
    Los partidarios de Trotsky protestaron porque el tribunal había dejado ir al jefe del asalto. # cite: sa
}
{classroom_cut: -> t_after_chile}
Cuando te enteras de que Siqueiros está en Chile, pintando:
* (sq_angry) [Enojarte, y decirlo]
    Lo dices en voz alta, a quien esté en el cuarto: a un muchacho de catorce años lo hirieron en su propia casa, y el que dirigió el asalto anda pintando paredes. Nadie te lleva la contraria. No sirve de nada. # invented
* (sq_see) [Tratar de entender cómo pasó]
    Tratas de verlo como lo habría visto un tribunal: un pintor famoso, una guerra en Europa, un presidente nuevo que quería calma. Entenderlo no lo hace más chico. Solo lo hace más claro. # invented
* (sq_mural) [Ir a ver su obra algún día]
    Años después te paras frente a uno de sus murales, porque quieres saber de qué era capaz esa mano. Es muy bueno. Te vas sin decidir qué hacer con eso. # invented
- (t_after_chile)
{not classroom_cut:
    El hombre que había atacado a Trotsky en el estudio fue interrogado durante cinco días con sus noches por el coronel Leandro A. Sánchez Salazar, jefe del Servicio Secreto. Dijo llamarse Jacques Mornard, hijo de un diplomático belga. # cite: ss
}
{not classroom_cut:
    El doctor Rubén Leñero, director de la Cruz Verde, temía que envenenaran al preso ahí, y lo trasladaron a una celda blindada en la jefatura de policía. # cite: ss
    El encargado de negocios de Bélgica fue a verlo y concluyó que no era belga en absoluto. # cite: ss
}
{not classroom_cut:
    Se aferró a la versión de la carta en francés, escrita a máquina, que llevaba consigo en el estudio: un seguidor desencantado, decía, empujado a hacerlo por el propio Trotsky. # cite: ss
}
{not classroom_cut:
    La sostuvo en la reconstrucción de los hechos que hizo el juzgado en septiembre de 1941, y después entregó una segunda versión, de doce páginas: defensa propia. # cite: rourke_1943
    Los periódicos lo llamaban Mornard; en la casa lo habían conocido como Jacson. # cite: ss
}
{classroom_cut: -> t_after_name}
En tu cabeza eliges un nombre.
* (nm_jacson) [Jacson, como lo conocía la casa]
    Lo sigues llamando Jacson. Era el nombre de la puerta, y te recuerda que entró como entraban los amigos de todos. # invented
* (nm_mornard) [Mornard, como lo conocía el juzgado]
    Usas el nombre del juzgado, porque es el de un preso y no el de un invitado. Pone un muro entre tú y el hombre que esperaba afuera en su coche. # invented
* (nm_none) [Ningún nombre]
    No le das ningún nombre. En tus cartas es «el visitante», y quienes las leen saben muy bien de quién hablas. # invented
- (t_after_name)
El 16 de abril de 1943, el Sexto Juzgado Penal de la Ciudad de México declaró culpable de homicidio a «Jacson» y lo condenó a veinte años de prisión, la pena más alta que permitía la ley mexicana. # record: jacson_convicted_1943_04_16 # cite: rourke_1943
Veinte años. Cuando te preguntan si es suficiente, contestas:
* (tw_law) [—Es lo que permite la ley]
    —Un país que recibió al Viejo cuando nadie más quería tiene derecho a juzgar con sus propias leyes. En México no hay pena de muerte, y no lo lamento. # invented
* (tw_none) [—Ninguna cifra sería suficiente]
    —Veinte, cuarenta, da igual. Nada de lo que le den regresa a nadie al estudio. # invented
* (tw_wrong) [—Tienen en la celda al hombre equivocado]
    —Él empuñó el piolet. Los que lo mandaron están sentados en oficinas muy lejos de México, y nadie les va a leer nunca una sentencia. # invented
-
-> name

= name
# class: title
Un nombre
{not classroom_cut:
    Durante años, el preso no tuvo un nombre verdadero en los expedientes del juzgado. # cite: con
}
El criminólogo Alfonso Quiroz Cuarón siguió el rastro de sus huellas digitales hasta los archivos de la policía española. Eran de Jaime Ramón Mercader del Río, nacido en Barcelona, veterano de la guerra de España. # cite: con
Las huellas se cotejaron en 1950; el nombre se hizo público en 1953. Cuál de las dos es «la» fecha de la identificación depende de a quién leas. En México nunca lo admitió. # record: mercader_identified_1950_1953 # cite: nyt_1953
{classroom_cut: -> n_after_mind}
Dices el nombre completo una vez, en voz alta. Luego tu pensamiento se va a otra parte.
* [A Sylvia, que lo trajo hasta la puerta]
    ~ known += k_sylvia
    Tu pensamiento se va a Sylvia Ageloff, por medio de quien él llegó a la casa. La mayoría de los historiadores cree que nunca supo lo que era; unos cuantos autores la han acusado. # cite: pat # cite: wsws
    Tú solo recuerdas lo seguido que estaba ahí, y eso no prueba nada, ni en un sentido ni en otro. # invented
* [A España, donde había peleado]
    ~ known += k_spain
    Tu pensamiento se va a España, a los compañeros que volvieron de esa guerra y no querían hablar de las cárceles de su propia retaguardia. Entiendes un poco mejor dónde lo habían formado. # invented
* (mind_face) [A su cara en las fotos viejas]
    Tu pensamiento se va a su cara. Buscas en una foto de 1940 al hombre del nombre nuevo; solo está el mismo desconocido educado, mirando un poco hacia otro lado. # invented
- (n_after_mind)
{not classroom_cut:
    Había cumplido sus años en la cárcel de Lecumberri y después en la de Santa Martha Acatitla. # cite: wp
}
El 6 de mayo de 1960, después de diecinueve años y ocho meses en cárceles mexicanas, Mercader salió libre. Se fue a Cuba y de ahí a Checoslovaquia y a la Unión Soviética. # record: mercader_released_1960_05_06 # cite: wp
{classroom_cut: -> n_after_release}
{role == teamster:Ese mayo andas por los cuarenta y cinco años.|{role == student:Ese mayo tienes cuarenta años.|Ese mayo ya pasas de los cuarenta.}} {kept_cutting:El viejo recorte sobre Siqueiros sigue en tu cartera. }El día que los periódicos publican su salida:
* [Llamar por teléfono a alguien que estuvo en la casa]
    ~ raise(trust_guards, 1)
    Ninguno de los dos dice el nombre. «Ya salió», dices. «Ya sé», dice la voz, y luego hablan veinte minutos del trabajo y del clima, porque es más fácil. # invented
* [Ponerlo en la carta que le debes a tu familia]
    ~ letters_home++
    Agregas tres renglones sobre eso a la carta que le debes a tu familia, luego los tachas, y luego los vuelves a escribir, más sencillos. # invented
* (walked_dark) [Caminar hasta que oscurezca]
    Caminas hasta que se prenden las luces de la calle. Siempre supiste que algún día saldría; saberlo no hizo de ese día un día cualquiera. # invented
- (n_after_release)
Moscú lo nombró Héroe de la Unión Soviética; las fuentes rusas fechan el decreto en 1960, muchas en inglés en 1961. # cite: wp
Quién lo había mandado, nunca lo dijo en México. La respuesta llegó décadas después, del propio lado soviético. # cite: sudoplatov
En marzo de 1939 Stalin, con Beria presente, había encargado a Pável Sudoplátov, de la NKVD, matar a Trotsky; la operación recibió el nombre clave de Utka, «Pato». Así lo contó Sudoplátov en sus memorias de 1994: la versión del propio organizador, y una versión interesada. # cite: sudoplatov # cite: pat # recall: operation_duck_1939
Naum Eitingon la dirigió en México. Había reclutado a Ramón en España, y la madre de Ramón, Caridad Mercader, comunista ferviente, trabajaba con él. # cite: pat # cite: wp
Caridad y Eitingon salieron de México después del asesinato. Volkogonov escribe que el 20 de agosto esperaban en un coche a unos cien metros de la casa; otros relatos no lo mencionan, y no está demostrado. # cite: volk
{
- tw_wrong:
    Lo dijiste en 1943: los que lo mandaron estaban muy lejos de México. # invented
- tw_law:
    México lo juzgó según sus propias leyes; a los que lo mandaron no los juzgó ningún tribunal. # invented
}
{not classroom_cut:
    Ramón Mercader murió en La Habana el 18 de octubre de 1978 y fue enterrado en Moscú con el nombre de Ramón Ivánovich López. # cite: wp
}
-> natalia

= natalia
# class: title
Natalia
Natalia Sedova se quedó en Avenida Viena unos veinte años después de 1940. # cite: ev
{not classroom_cut:
    Mantuvo las habitaciones como estaban aquella última tarde. # cite: ev
}
«Que nadie toque nada». # class: quote # cite: hommage_1962
{classroom_cut: -> nat_dies}
* (nat_tea) [Recordarla en la mesa del té]
    Recuerdas el té de las cinco, y cómo lo servía sin levantar la vista, atenta a lo que le estuvieran contando. # invented
* (nat_raid) [Recordarla la noche del asalto]
    La noche del asalto sofocó a golpes de cobija un fuego en la recámara. Un relato dice que se quemó un poco al hacerlo; otro, que salió ilesa. # cite: pat # cite: sa
    Recuerdas el olor de las cobijas a la mañana siguiente. # invented
- Cada agosto volvía el aniversario.
* [Mandar una tarjeta a Avenida Viena]
    ~ raise(trust_natalia, 1)
    Mandas a la casa una tarjeta con solo tu nombre y la fecha. Nunca sabes si le llega, y la sigues mandando. # invented
* (ann_quiet) [Guardar el día en silencio]
    Guardas el día a tu manera: nada de trabajo después de las cinco, y un vaso de té con limón, tomado despacio. # invented
* (ann_pass) [Dejar pasar el día]
    Dejas pasar el día como cualquier otro, a propósito. Ella ya tiene bastante con su propio duelo para que el tuyo le llegue por correo. # invented
- (nat_dies) Murió el 23 de enero de 1962 en Corbeil, cerca de París, a los setenta y nueve años. Sus cenizas volvieron a México y se depositaron junto a las de Trotsky, bajo la piedra del jardín. # record: natalia_dies_1962_01_23 # cite: hommage_1962
-> family

= family
# class: title
La familia
{not classroom_cut:
    La parte más conmovedora de esta historia está fuera de los muros: una familia perseguida casi hasta su extinción. # cite: pat
}
Seriozha, Serguéi Sedov, el hijo menor, era ingeniero y se mantenía lejos de la política. Lo arrestaron en 1935 y lo fusilaron en 1937; la familia tardó décadas en saber la fecha. # cite: wp # recall: sergei_shot_1937
{not classroom_cut:
    León Sedov, el hijo mayor, murió en una clínica de París el 16 de febrero de 1938, en circunstancias que su padre creyó que no fueron un accidente. # cite: pat # recall: sedov_dies_1938_02_16
}
{not classroom_cut:
    Alexandra Sokolóvskaya, la primera esposa de Trotsky, fue enviada a los campos de Kolimá, donde la vieron con vida a principios de 1938. Después, nada. Algunas fuentes dicen que murió en los campos; otras, que la fusilaron ese año. Todavía se discute. # cite: wp
    Zina, Zinaída Vólkova, la madre de Seva, se quitó la vida en Berlín en enero de 1933. Su hermana Nina había muerto de tuberculosis en 1928. El padre de Seva, Platón Vólkov, fue fusilado en 1936. # cite: wp
}
{not classroom_cut:
    De los hijos y los nietos, solo Seva estaba en la casa de Avenida Viena. # cite: ev
}
{classroom_cut: -> fam_after}
Al leer la lista, te detienes en un nombre.
* [León]
    ~ known += k_sedov
    En febrero de 1938 leíste en unas cuantas líneas de una página interior que León Sedov había muerto. No sabías que dos años después estarías haciendo guardia en la puerta de sus padres. # invented
* (fam_zina) [Zina]
    Zina era la madre de Seva. Piensas en el niño que se iba solo a la escuela cada mañana, y en que nunca le preguntaste por Berlín, y todavía te alegras de no haberlo hecho. # invented
* (fam_sery) [Seriozha]
    Seriozha se había mantenido lejos de la política, y no sirvió de nada. De todos ellos, es el que no te puedes sacar de la cabeza: no había hecho nada, y eso bastó. # invented
- (fam_after)
Y una más, de la que nadie en la casa sabía.
Yulia, la hija de Serguéi, nacida hacia 1936, creció en Moscú con los padres de su madre. En 1979 emigró a Estados Unidos. # record: yulia_emigrates_1979 # cite: akselrod_1989
{not classroom_cut:
    En Nueva York vio un cartel de un acto por el centenario del nacimiento de Trotsky, fue y se presentó: una nieta que Trotsky y Natalia nunca supieron que tenían. # cite: akselrod_1989
    Con el tiempo se hizo amiga de Harold Robins, el guardia que había entrado primero al estudio el 20 de agosto. # cite: akselrod_1989
}
{classroom_cut: -> yu_after}
Si la hubieras conocido esa noche, ¿qué habrías hecho?
* (yu_table) [Contarle de la mesa de su abuela]
    {nat_raid: Le habrías contado de una mujer que apagó un incendio con cobijas y sirvió el té de las cinco al día siguiente.|{nat_tea: Le habrías contado del té de las cinco, y de una mujer que escuchaba más de lo que hablaba.|Le habrías contado del té de las cinco de su abuela.}} # invented
* (yu_seva) [Contarle de Seva]
    Le habrías contado de Seva, el otro nieto, que les daba de comer a los conejos y volvía de la escuela a una casa llena de guardias. # invented
* (yu_listen) [Preguntarle por ella, y escuchar]
    Le habrías preguntado por su propia vida, que en la casa nadie supo que existía{fam_sery:, y por su padre, a quien le bastó con nacer}, y la habrías dejado hablar. # invented
- (yu_after)
-> seva

= seva
# class: title
Seva
Seva, que en México se había vuelto Esteban, creció en la casa, estudió química y se quedó en la Ciudad de México. # cite: ev
En 1988 habló en un mitin en Londres, y le permitieron viajar a Moscú. La visita se alargó hasta las primeras semanas de 1989. # record: volkov_moscow_1988 # cite: wv_1989
Allí se encontró con su media hermana Alexandra, hija de Zina, que se estaba muriendo de cáncer. La última vez que habían estado juntos fue cincuenta y siete años antes. # cite: ap_lat_1989
{not classroom_cut:
    Lo comparó con dos sobrevivientes de un naufragio que se encuentran en una playa. # cite: pat
}
{not classroom_cut:
    Del país donde nació dijo: # cite: ap_lat_1989
    «En realidad, ese país me es ajeno». # class: quote # cite: ap_lat_1989
}
{classroom_cut: -> sv_after}
Cuando lees sobre el viaje:
* [Escribirle a Esteban]
    ~ raise(trust_seva, 1)
    Le escribes una carta corta en el francés de la casa, y solo le dices que leíste lo de la playa, y que te dio gusto. # invented
* (sv_boy) [Pensar en el niño después del asalto]
    Piensas en él a los catorce años, con el pie vendado, cruzando el patio cojeando para ver los agujeros en la pared. # invented
* (sv_sister) [Pensar en la hermana que esperó]
    Piensas en {fam_zina:la hija de Zina|su hermana}, que esperó cincuenta y siete años y ya estaba enferma cuando él llegó, y en lo poco que faltó para que no se vieran. # invented
- (sv_after)
-> museum

= museum
# class: title
El museo
En 1982 la casa fue declarada monumento histórico. # cite: museum_blog
El 20 de agosto de 1990, cincuenta años después del golpe en el estudio, abrió como Museo Casa de León Trotsky, con un instituto del derecho de asilo a su lado. # record: museum_opens_1990_08_20 # cite: museum_blog
Esteban Volkov lo fundó y lo dirigió durante muchos años. Daba pláticas a visitantes y estudiantes sobre el asalto que vivió de niño. # cite: elpais_efe_2023
{not classroom_cut:
    {trust_seva >= 3: Una vez te toca una de esas pláticas, y él te encuentra con los ojos en la última fila y sigue hablando.|Una vez te toca una de esas pláticas.} Su memoria y la tuya no coinciden en detalles, como pasa con los recuerdos de una misma noche. # invented
}
{classroom_cut: -> mu_after}
* (mu_right) [Corregirlo al final]
    Al final te acercas con la intención de corregir un detalle, y no lo haces. {sv_boy:Piensas en su pie vendado. }Él era un niño en el cuarto de al lado y tú estabas en el otro extremo de la casa; los dos recuerdan algo cierto. # invented
* (mu_tell) [Decirle quién eres]
    Esperas a que se vayan los estudiantes y le dices tu nombre y el año. Te da la mano. Lo que él recuerde de ti es cosa suya. # invented
* (mu_slip) [Salirte antes de que termine]
    Te sales antes de las preguntas. Esa noche es suya, y no quieres meterte en ella. # invented
- (mu_after)
Murió en la Ciudad de México el 16 de junio de 2023, a los noventa y siete años: ingeniero químico, padre de cuatro hijas. Su nombre se agregó a la placa de la piedra del jardín. # record: volkov_dies_2023_06_16 # cite: elpais_efe_2023
Hasta aquí llega el registro histórico. Lo que sigue es tuyo, e inventado. # class: note
-> yours

= yours
{
- role == teamster: -> as_teamster
- role == student: -> as_student
- else: -> as_mexican
}

// ---------------------------------------------------------------- the Teamster
= as_teamster
# scene: gate
# time: dusk
# ambience: street
En septiembre de 1940 manejaste de regreso al norte, en un coche prestado con el clutch gastado, y no hablaste durante los primeros trescientos kilómetros. # invented
{epilogue_own_measures() >= 2:
    Se instalaron las puertas que defendiste. Todavía te preguntas si un candado más habría servido de algo, y la respuesta siempre es la misma: al hombre lo dejaron pasar porque lo conocían. # invented
- else:
    No ganaste muchas discusiones sobre la puerta. No habría servido de nada: al hombre lo dejaron pasar porque lo conocían. Eso te dices casi todos los días. # invented
}
{classroom_cut: -> t_box}
Tu última mañana, los demás estaban en la azotea y en la puerta, como cualquier mañana. # invented
* [Despedirte de mano en la puerta]
    ~ raise(trust_guards, 1)
    Das la vuelta y estrechas todas las manos, hasta las que tienen grasa. Alguien dice «Escribe», y por una vez piensas hacerlo. # invented
* (tl_garage) [Ver la cochera una vez más]
    Te quedas un minuto en la cochera con las puertas cerradas. Huele a aceite y a paja, como en mayo. # invented
* (tl_early) [Irte antes del desayuno]
    Te vas antes del desayuno, sin ceremonias, porque no confías en tu voz. # invented
- (t_box) Antes de irte, tenías una caja del tamaño de un estuche de herramientas para llenar.
* (tb_key) [Quedarte con la llave de la cochera]
    Te quedas con la vieja llave de la cochera. Con las puertas de acero ya no servía desde julio, pero era la puerta detrás de la que hiciste guardia. # invented
* (tb_case) [Quedarte con un casquillo de latón del patio]
    Te quedas con un casquillo que recogiste en el patio en mayo. Pasa cuarenta años en el alféizar de una ventana, y nadie que lo ve pregunta nada. # invented
* (tb_roster) [Quedarte con el rol de guardias que lleva tu nombre]
    Te quedas con un rol de guardias con una esquina manchada de grasa: turno en la torre, mandados, lona para los costales de arena. # invented
- {classroom_cut: -> teamster_ending}
De vuelta en Minneapolis, los camiones eran los mismos y tú no.
* [Escribirle primero a tu madre]
    ~ letters_home++
    Le escribes a tu madre desde la primera gasolinera al otro lado de la frontera: la primera carta en semanas en la que no tienes que suavizar nada. # invented
* [Escribirles a los guardias que siguen en la casa]
    ~ raise(trust_guards, 1)
    Les escribes a los guardias que siguen en Avenida Viena: quién está en la torre, si ya funciona la sirena, si alguien les da de comer a los conejos. # invented
* (tw_nobody) [No escribirle a nadie por un tiempo]
    No le escribes a nadie. Las palabras te saldrían como ruido de motor. # invented
- -> teamster_ending

= teamster_ending
{
- trust_guards >= 3:
    -> teamster_crew
- letters_home >= 2:
    -> teamster_home
- else:
    -> teamster_quiet
}

= teamster_crew
# time: day
{not classroom_cut:
    Las cartas de los guardias siguen llegando, desde México y Nueva York y luego desde lugares donde nunca has estado. # invented
}
Años después, tres de ustedes se reúnen en una cafetería de carretera junto a la Highway 61 y hablan del Buick, de los cactus del patio, de la noche en que les dispararon al techo, y no del estudio. # invented
* (tc_cup) [Brindar por los que ya no están]
    Dejas una taza en el lugar vacío, como antes dejabas un bolillo y un vaso de leche para el que salía del turno de noche. # invented
* (tc_ask) [Hacer la pregunta que ninguno hace]
    —¿Pudimos haberlo evitado? —Los demás miran la mesa. Uno dice—: No revisábamos a nadie que él llamara amigo. No lo permitía. —Es todo lo que se dice. # invented
- -> teamster_late

= teamster_home
# time: day
Tu madre guardó todas las cartas, atadas con hilo de cocina, en el orden en que llegaron. # invented
De viejo las vuelves a leer y descubres que le contaste de las gallinas, de la lluvia en el techo del cuarto de guardia y de los cactus del Viejo, y nunca de las noches. # invented
* (th_niece) [Darle las cartas a tu sobrina]
    Se las das a tu sobrina, que estudia historia, y le dices que lea las fechas antes que las palabras. # invented
* (th_burn) [Quemar las de mayo]
    Quemas en la estufa las dos de mayo y te quedas con las demás. Una semana después, te arrepientes. # invented
- -> teamster_late

= teamster_quiet
# time: night
Durante treinta años no hablas de México. Manejas, arreglas motores, vas a reuniones y luego dejas de ir. # invented
En 1953 lees que el hombre de la cárcel mexicana tiene un nombre verdadero. Recortas la nota y la guardas en la caja. # invented
* (tq_tell) [Contárselo por fin a alguien]
    Un invierno le cuentas toda la historia a tu vecino en la cochera, sobre un carburador desarmado. Te escucha sin interrumpir, que es todo lo que querías. # invented
* (tq_box) [Guardarlo en la caja]
    Lo guardas en la caja. Pero cuando abren el museo en Coyoacán, compras un boleto a la Ciudad de México. # invented
- -> teamster_late

= teamster_late
# time: dusk
{tl_early or tw_nobody: La caja se muda contigo tres veces, y nunca la abres delante de nadie.|{tq_tell: La caja se muda contigo tres veces; la última vez te ayuda a cargarla tu vecino.|La caja se muda contigo tres veces.}} # invented
Un verano tu nieto encuentra la caja en la cochera y levanta {tb_key:la vieja llave de la cochera|{tb_case:el casquillo de latón|el rol de guardias manchado de grasa}}. «¿Y esto de dónde es?» # invented
* (tt_truth) [Decirle la verdad, toda]
    Le dices la verdad, desde la puerta hasta el cortejo. Te lleva toda la tarde, y él no mira el reloj ni una vez. # invented
* (tt_job) [Decirle que es de un trabajo que tuviste]
    —De un trabajo que tuve una vez, cuidando a un hombre. —Es cierto, y no es la respuesta. Él lo sabe, y por ahora te deja quedártela. # invented
* (tt_give) [Regalárselo]
    Se lo regalas y le dices que te pregunte por eso cuando sea más grande. Te pregunta al día siguiente. # invented
- -> visitor

// ---------------------------------------------------------------- the Student
= as_student
# scene: library
# time: dusk
# ambience: house
Volviste a Nueva York ese otoño con una maleta de libros en francés y una cinta de máquina que se te olvidó devolver. # invented
{known ? k_harte_past:
    Conocías a Bob desde antes de México, y allá aprendiste lo poco que cualquiera sabía de él. La pregunta de la puerta de la cochera se vino contigo. # invented
- else:
    La gente te preguntaba por Bob Harte como si tú tuvieras que saber. Compartiste la mesa con él unas cuantas semanas; conocías su risa, no lo que pensaba. # invented
}
{classroom_cut: -> s_take}
Tu última tarde, la biblioteca estaba en silencio y la máquina de escribir, tapada. # invented
* (sl_note) [Dejar una nota bajo la funda de la máquina]
    Dejas una nota bajo la funda para quien escriba después: qué tecla se atora y dónde está escondido el papel carbón bueno. # invented
* [Buscar a Seva para despedirte]
    ~ raise(trust_seva, 1)
    Encuentras a Seva en el patio y te despides en francés. Te da la mano como un hombre hecho y derecho y luego se va corriendo con los conejos. # invented
* (sl_none) [Irte sin despedidas]
    Te dices que vas a escribir, y dejas para después decidir a quién. # invented
- (s_take) Antes de irte, elegiste una sola cosa para llevarte.
* (st_carbon) [Una copia al carbón de una página que mecanografiaste]
    Te llevas la copia al carbón de una página que mecanografiaste en la biblioteca: una lista de nombres y fechas para un capítulo sobre los procesos de Moscú. # invented
* (st_photo) [Una foto de Bob en el patio]
    Te llevas una foto de Bob en el patio, con los ojos entrecerrados y la mano contra el sol. # invented
* (st_grammar) [Una gramática francesa con tus notas]
    Te llevas tu gramática francesa, con los márgenes llenos de palabras de la casa: lapin, grille, garde de nuit. # invented
- {classroom_cut: -> student_harte}
En Nueva York había cartas que escribir.
* (sw_parents) [Escribirles a los padres de Bob]
    Les escribes a los padres de Bob cómo era en el desayuno, y no lo que no sabes. # invented
* [Escribirle a Seva a Coyoacán]
    ~ raise(trust_seva, 1)
    Le escribes a Seva, en un francés sencillo, sobre la nieve y el metro, y le pides que salude de tu parte a los conejos. # invented
* [Escribirle a tu familia]
    ~ letters_home++
    Le escribes a tu familia, aunque vive del otro lado del río: es más fácil que decirlo en la mesa de la cocina. # invented
- -> student_harte

= student_harte
{not classroom_cut:
    Pasan las décadas y la pregunta sobre Bob no se cierra. # invented
}
Sus amigos y el partido al que servía dijeron que era un guardia inocente, secuestrado y asesinado. La placa de la casa dice: asesinado por Stalin. # cite: museum_site
En 1999, un libro basado en los archivos de la KGB afirmó que le había abierto la puerta a un hombre que conocía, que el tiroteo lo horrorizó y que lo mataron para que no hablara. # cite: mit
Otros relatos dicen que él mismo era un agente soviético, asesinado cuando empezó a dudar. # cite: wsws
{not classroom_cut:
    Un miembro de su propia familia, que escribió en 2020, trazó un retrato más incierto y más humano. # cite: lq
}
Un historiador joven te escribe para preguntarte qué piensas{sw_parents:; tú piensas primero en la carta que les escribiste a sus padres}. Le contestas:
* (sh_victim) [Fue una víctima, pasara lo que pasara en la puerta]
    —Fue una víctima, pasara lo que pasara en la puerta. Apenas tenía veinticinco años, y lo mataron. # view: harte_victim # invented
* (sh_deceived) [Lo engañaron; no fue un traidor]
    —Creo que le abrió la puerta a alguien que creía su amigo. Eso no es lo mismo que saber. # view: harte_deceived # invented
* (sh_agent) [Quizá trabajaba para ellos]
    —Tengo que admitir que pudo ser uno de ellos. No me gusta. No puedo descartarlo. # view: harte_agent # invented
* (sh_unsure) [No lo sé, y no voy a fingir que lo sé]
    —Yo lo conocí en el desayuno. No sé qué hizo a las cuatro de la mañana, y nadie que diga saberlo estaba ahí. # view: harte_unsure # invented
- -> student_ending

= student_ending
{
- trust_lt >= 3:
    -> student_teacher
- known ? k_moscow_trials || known ? k_sedov:
    -> student_archive
- else:
    -> student_drift
}

= student_teacher
# time: day
Te vuelves maestro de francés y de historia en una preparatoria pública de Queens. # invented
Cada año algún alumno te pregunta por qué te quedas callado cuando la clase llega a 1940. # invented
* (stt_study) [Contarle a la clase del estudio]
    Les hablas de un cuarto sencillo con una mesa larga, y de un hombre que sabía lo que se le venía encima y siguió trabajando ahí. # invented
* (stt_vol) [Contarles de los voluntarios]
    Les hablas de un puñado de jóvenes con pistolas viejas y sin dinero, contra un Estado, y dejas que ellos decidan qué fue eso. # invented
- -> student_late

= student_archive
# time: day
Pasas tu vida de trabajo en bibliotecas, catalogando los papeles de otras personas{sl_note:, y dejando notas para quien venga después}. # invented
En los años ochenta vas a Harvard a leer los papeles del exilio y encuentras una página que tú pasaste a máquina: la reconoces por un error que corregiste a mano. # invented
* (sa_copy) [Pedir una copia]
    Pides una copia. El empleado te mira un largo rato y no pregunta por qué. # invented
* (sa_leave) [Dejarla donde está]
    La dejas donde está. Ahora pertenece al registro histórico, no a ti. # invented
- -> student_late

= student_drift
# time: night
Te alejas del movimiento, poco a poco y luego de golpe, y te vuelves oficinista en una aseguradora, y eres bueno en eso. # invented
Conservas los libros en francés. A veces abres uno y se cae una hoja de eucalipto prensada. # invented
* (sd_keep) [Guardar la hoja]
    Vuelves a poner la hoja donde estaba. # invented
* (sd_send) [Mandarla al museo]
    Cuando abre el museo, mandas la hoja a Coyoacán, con una nota y sin remitente. # invented
- -> student_late

= student_late
# time: night
{st_photo: En los años setenta una editorial que vio tu foto de Bob te pide que pongas por escrito tus recuerdos de la casa.|{st_carbon: En los años setenta una editorial que supo de tu copia al carbón te pide que pongas por escrito tus recuerdos de la casa.|{st_grammar: En los años setenta una editorial te pide que pongas por escrito tus recuerdos de la casa, y tu gramática francesa resulta llena de sus palabras.|En los años setenta una editorial te pide que pongas por escrito tus recuerdos de la casa.}}} # invented
* (sp_publish) [Escribirlo todo, y publicarlo]
    Lo escribes en un invierno de noches. Vende unos cuantos cientos de ejemplares; una maestra de Ohio te escribe que cada año le lee un capítulo a su grupo. # invented
* (sp_drawer) [Escribirlo, y guardarlo en un cajón]
    Lo escribes y lo guardas en un cajón. Hay cosas que solo puedes decir cuando estás seguro de que nadie las va a leer. # invented
* (sp_refuse) [Negarte]
    Te niegas. Otros que estuvieron ahí ya escribieron; no vas a agregar una versión más de la misma noche. # invented
- -> visitor

// ---------------------------------------------------------------- the Mexican comrade
= as_mexican
# scene: street
# time: day
# ambience: street
Tú no te fuiste a ningún lado. Coyoacán era tu casa antes de Avenida Viena y lo siguió siendo después. # invented
{not classroom_cut:
    Los estadounidenses se fueron al norte uno por uno, con direcciones apuntadas en papel de cigarro. Tú te quedaste con la calle, el mercado y el tranvía al centro. # invented
}
{trust_police >= 2:
    Los policías de la caseta de ladrillo todavía te saludan con la cabeza en la calle. Uno de ellos te cuenta, años después, que nunca tuvo tanto miedo como la noche en que los amarraron. # invented
- else:
    En el puesto de policía afuera de los muros cambiaron a los hombres, y los nuevos no conocían tu cara. Te dio gusto. # invented
}
{classroom_cut: -> m_keep}
Tu último día de guardia entregaste la pistola y la llave del cuarto de guardia. # invented
* [Despedirte en la caseta de ladrillo]
    ~ raise(trust_police, 1)
    Te paras en la caseta de policía y les das la mano a los hombres de adentro. Uno te ofrece un cigarro y te dice que en la puerta te van a extrañar. # invented
* (ml_walk) [Darle la vuelta por fuera a los muros]
    Le das una vuelta a los muros por fuera, despacio, como en los rondines, y miras las torres desde la calle. # invented
* (ml_home) [Irte derecho a tu casa]
    Te vas derecho a la cocina de tu madre y comes, y nadie te pregunta nada. # invented
- (m_keep) Algunas cosas de la casa se quedaron contigo.
* (mk_cactus) [Un hijuelo de los cactus del patio]
    Tomas un hijuelo de uno de los cactus que el Viejo desenterró en el campo y lo siembras en una lata junto a la puerta de tu madre. Vive más que ella. # invented
* (mk_paper) [Un ejemplar del periódico que llamó farsa al asalto]
    Guardas, bien doblado, un ejemplar del periódico que llamó «autoasalto» al ataque de mayo, para recordar lo que le dijeron a la gente. # cite: comintern
    Nunca lo tiras. # invented
* (mk_nothing) [Nada que puedas tocar]
    No te llevas nada. La calle basta para recordar. # invented
- {classroom_cut: -> mexican_ending}
Tú también tenías cartas que escribir, y gente que quería respuestas.
* [Escribirles a los guardias estadounidenses que volvieron a su país]
    ~ raise(trust_guards, 1)
    Les escribes a los estadounidenses en tu inglés cuidadoso, y te contestan en un español peor. # invented
* [Escribirle a tu hermano en Monterrey]
    ~ letters_home++
    Le escribes a tu hermano en Monterrey y le cuentas todo, porque está lo bastante lejos para poder oírlo. # invented
* (mw_editor) [Escribir una carta al director de un periódico]
    Le escribes a un periódico que sigue publicando mentiras sobre la casa. No publican tu carta. Vuelves a escribir. # invented
- -> mexican_ending

= mexican_ending
{
- trust_police >= 3:
    -> mexican_courts
- known ? k_comintern_press:
    -> mexican_press
- else:
    -> mexican_barrio
}

= mexican_courts
# time: day
{not classroom_cut:
    Vas al juzgado cada vez que hay audiencia del caso, y te sientas hasta atrás con el sombrero en las rodillas. # invented
}
Estás en la galería en abril de 1943 cuando leen la sentencia: veinte años. Nadie aplaude. # invented
* (mc_look) [Mirar al preso]
    Lo miras. Parece lo que dijo que era, un hombre de negocios, cansado, y eso te da más miedo que cualquier cosa. # invented
* (mc_floor) [Mirar al suelo]
    Miras al suelo hasta que termina. # invented
- -> mexican_late

= mexican_press
# time: day
Aprendes a componer tipos. Durante treinta años respondes a las mentiras impresas con hechos impresos, columna por columna. # invented
{not classroom_cut:
    La imprenta saca invitaciones de boda y tarjetas de santo para pagar la renta; las columnas salen de noche, firmadas con otros nombres tan seguido como con el tuyo. # invented
}
Cuando se publica el nombre de Mercader, tú mismo compones el titular, y las manos no te tiemblan. # invented
* (mp_keep) [Quedarte con la prueba]
    Te quedas con la primera prueba de la página, con la tinta todavía fresca. # invented
* (mp_give) [Regalar la prueba]
    Se la das al aprendiz, que tiene diecisiete años, y le dices que lea toda la historia antes de componer una sola línea. # invented
- -> mexican_late

= mexican_barrio
# time: dusk
{not classroom_cut:
    Te quedas en Coyoacán. Te casas, o no; trabajas, envejeces. Pasas junto a los muros altos casi todos los días. # invented
}
En agosto de 1990 las puertas se abren al público, y te formas en la fila con los niños de las escuelas. # invented
* (mb_in) [Entrar]
    Entras. El jardín es más chico de lo que recordabas. # invented
* (mb_wait) [Esperar un rato afuera]
    Esperas afuera junto al viejo cauce del río, donde antes las mujeres lavaban la ropa, hasta que se acaba la fila. Luego entras. # invented
- -> mexican_late

= mexican_late
# time: dusk
Para entonces el viejo cauce ya está pavimentado y la calle está llena de camiones. La caseta de ladrillo desapareció hace mucho; donde estaba hay un puesto de periódicos{mk_cactus:, y el cactus del patio todavía crece en su lata junto a tu puerta|{mk_paper:, que todavía vende el periódico cuya vieja mentira guardas doblada en un cajón|{mk_nothing:, y de la casa no tienes nada más que la calle misma}}}. # invented
Un vecino joven que acaba de mudarse a la calle le dice a la casa de las torres «la fortaleza de los gringos». # invented
* (ml_right) [Corregirlo]
    Lo corriges, con educación{mw_editor:, como cuando les escribías a los periódicos}: ahí vivía una familia rusa, y los guardias venían de Minneapolis, de Nueva York y de esta misma calle. Él no sabía. # invented
* (ml_saw) [Contarle lo que viste]
    Lo sientas en el escalón de tu puerta y le cuentas lo que viste, desde la caseta de ladrillo hasta el cortejo, y se queda hasta que su esposa lo llama. # invented
* (ml_let) [Dejarlo pasar]
    Lo dejas pasar. El nombre está mal, pero los muros no: era una fortaleza, y no bastó, y algún día él leerá la placa y entenderá lo demás. # invented
- -> visitor

// ---------------------------------------------------------------- all roles: the museum, decades later
= visitor
# scene: museum
# time: day
# ambience: garden
# music: epilogue
Años después, en otra visita, estás {ep_wall:otra vez en la ventana de la recámara|{ep_study:otra vez ante el cordón de la puerta del estudio|{ep_stone:otra vez junto a la piedra|en el jardín}}}, un visitante viejo entre los demás. # invented
{
- mu_tell: Una niña de secundaria con un cuaderno oyó que el fundador del museo te dio la mano, y viene derecho hacia ti. # invented
- trust_seva >= 3: Una niña de secundaria con un cuaderno ve que buscas primero el cuarto del niño, y adivina. # invented
- trust_natalia >= 3: Una niña de secundaria con un cuaderno ve que te detienes ante la piedra donde están las cenizas de Natalia, y adivina. # invented
- trust_guards >= 3 or trust_police >= 3: Una niña de secundaria con un cuaderno ve que miras las torres como para revisar quién está de guardia, y adivina. # invented
- else: Una niña de secundaria con un cuaderno adivina, por cómo miras las torres, que ya habías estado aquí. # invented
}
{mu_slip or mu_right: —Lo vi en una de las pláticas de Esteban Volkov —te dice—. ¿Usted estuvo aquí? ¿En ese entonces?|—¿Usted estuvo aquí? ¿En ese entonces?} # invented
* (vi_raid) [Contarle de la noche del asalto]
    Le cuentas de un ruido que confundiste con cohetes, y de la oscuridad, y luego de la mañana, cuando todos contaron cabezas y faltaba una.{sq_angry: Todavía estás enojado con el pintor, y se lo dices.|{sq_mural: Le dices que el hombre que los dirigió pintaba muy bien.|{sq_see: Le cuentas cómo un tribunal dejó ir al pintor, y por qué.}}}{ann_quiet or ann_pass or walked_dark: No le cuentas de los días que guardaste para ti.|{sv_boy or sv_sister: Le cuentas de un niño con el pie vendado.}} # invented
* (vi_days) [Contarle de los días comunes]
    Le cuentas de los conejos y las gallinas, el descanso de las once, la máquina de escribir sonando en la biblioteca toda la tarde. Los días comunes fueron casi todo.{yu_table or yu_seva or yu_listen: Le cuentas de la nieta que nadie en la casa conoció.|{nat_tea or nat_raid: Le cuentas del té de las cinco de Natalia.}} # invented
* (vi_coat) [Contarle del hombre del impermeable]
    Le cuentas de un hombre educado {nm_mornard:al que el juzgado llamaba Mornard|{nm_none:al que nunca nombras|{nm_jacson:al que la casa llamaba Jacson|llamado Jacson}}}, con un impermeable en el brazo en un día de sol, al que todos conocían, y ese era justamente el problema.{known ? k_spain: Le dices dónde lo hicieron así: en España.|{known ? k_jacson_story: Le cuentas cómo fue cambiando su historia.}}{tw_wrong: Le dices que a los que lo mandaron nunca los juzgaron.|{tw_law or tw_none: Le dices que cumplió diecinueve años y ocho meses.}}{mind_face or known ? k_sylvia: No le cuentas todo lo que pensaste cuando supiste su nombre.} # invented
* (vi_wall) [Mostrarle la pared, sin decir nada]
    No dices nada. La llevas a la ventana de la recámara y le señalas los agujeros en el aplanado, y ella escribe un largo rato. # invented
-
{role:
    - teamster: —¿Usted pudo haberlo evitado? —pregunta. Le dices lo que {tc_ask:dijeron los otros en la cafetería|siempre has dicho}: que eras joven, que cumplías tus turnos y que nadie en la puerta podía negarle la entrada a un amigo.{tc_ask or th_niece or tq_tell or tt_truth: Ya lo has contado antes, y ahora sale más fácil.|{tc_cup or th_burn or tq_box or tt_job or tt_give or tl_garage: Casi todo te lo has guardado, y sale despacio.}} # invented
    - student: —¿Valió la pena? —pregunta. {sh_unsure or sa_leave:Le dices que los historiadores todavía lo discuten, y que no vas a decidirlo por ella.|{sh_victim or sh_deceived or sh_agent:Le dices lo que le dijiste al historiador joven sobre Bob, y que lo demás le toca decidirlo a ella.|Le dices que los historiadores todavía lo discuten.}}{sp_publish or sp_drawer or stt_study or stt_vol: Ya lo contaste en un salón de clases o en papel; ella es una oyente más.|{sp_refuse or sa_copy or sd_keep or sd_send or sw_parents or sl_none: Casi no se lo has contado a nadie.}} # invented
    - else: —¿Los vecinos sabían? —pregunta. Le dices que todo Coyoacán sabía{mc_look:, que una vez viste la cara cansada del preso,|{mc_floor:, que en el juzgado no pudiste mirar al preso,}} y que saberlo no protegió a nadie.{ml_right or ml_saw or mp_keep or mp_give: Lo has contado muchas veces en tu propia calle.|{ml_let or mb_in or mb_wait or ml_walk or ml_home: Casi nunca lo has dicho en voz alta.}} # invented
}
Apunta tu respuesta{letters_home >= 4:, y le dices que todo está en tus viejas cartas a casa, si alguien las guardó}. Luego pregunta una cosa más: «¿Todavía piensa en eso?» # invented
* (vq_aug) [—Cada agosto]
    —Cada agosto. El resto del año, solo cuando llueve de noche sobre un techo de lámina. # invented
* [—Menos de lo que debería]
    —Menos de lo que debería. Casi todos los días pienso en mis rodillas y en el precio del pan. Luego alguien como tú me pregunta. # invented
* [—Solo cuando alguien me pregunta]
    —Solo cuando alguien me pregunta. Así que gracias, creo. # invented
- Te da las gracias y corre a alcanzar a su grupo. {vi_wall:Voltea una vez hacia la ventana de la recámara.|{vi_coat:En la puerta se voltea a ver las ventanas del estudio.|{vi_raid or vi_days:La oyes contarle a una amiga lo que dijiste.|Tú te quedas un rato junto a la piedra.}}} # invented
{classroom_cut: -> v_end}
Antes de irte, dejas algo tuyo.
* [Comprar un cempasúchil en el puesto de afuera y dejarlo]
    Dejas en el pasto un cempasúchil del puesto de afuera, junto a los demás. # invented
* [Escribir tu nombre en el libro de visitantes]
    Escribes tu nombre y los años, 1940 y este, en el libro de visitantes, con letra chica. # invented
* [Apoyar la mano en la piedra]
    Apoyas la mano en la piedra un momento. Está tibia por el sol. # invented
- (v_end)
¿Qué le habrías dicho tú? # pause
-> END

// Player-proposed measures that ended up in the house (the historical ones are added on every path in ch4).
=== function epilogue_own_measures()
~ return LIST_COUNT(house ^ (alarm_tested, police_checked, night_rota, visitor_log, two_guard_gate, sandbags_early))
