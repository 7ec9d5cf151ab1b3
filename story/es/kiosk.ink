// The museum kiosk cut: 10–12 minutes, entered directly at `kiosk` (never from `start`), self-contained.
// Every record beat is tagged once, on a line that every path passes, in canonical order. Kiosk knots never
// divert into the full chapters; the only memory used inside the cut is the read counts of its own labels.

=== kiosk
# checkpoint: kiosk
# scene: plan
# time: day
# music: title
# ambience: garden
Coyoacán, en la orilla de la Ciudad de México. 1940. # cite: pat
Detrás de estos muros vive León Trotsky, uno de los líderes de la Revolución rusa, hoy un exiliado al que el gobierno de Stalin quiere muerto. En 1937, México, con el presidente Lázaro Cárdenas, fue el único país que aceptó recibirlo. # cite: pat
Con él viven su esposa, Natalia Sedova, y su nieto Seva, de catorce años. Un puñado de jóvenes voluntarios cuida la casa de día y de noche. # cite: pat
Seva llegó de París en agosto de 1939 con dos viejos amigos de la familia, Alfred y Marguerite Rosmer, que también viven en la casa. # cite: ev
Tú eres uno de esos voluntarios. ¿Quién eres?
* [El camionero]
    ~ role = teamster
    Un chofer de camión de Minneapolis. En las huelgas de 1934 te enfrentaste a la policía, y sabes de motores y de armas. # invented
* [El estudiante]
    ~ role = student
    Un estudiante universitario de Nueva York. Lees francés, y tu amigo Bob Harte llegó aquí al mismo tiempo que tú. # invented
* [El compañero mexicano]
    ~ role = mexican
    Un joven trabajador del mismo Coyoacán. Hablas el idioma de la calle de afuera, que casi ninguno de los guardias habla. # invented
- -> kiosk_house

=== kiosk_house
# scene: patio
# time: day
# music: house
La casa es una vieja quinta de descanso al final de un camino de tierra, junto al río Churubusco, casi seco. Sus muros se han levantado hasta unos cuatro metros. # cite: pat
Hay una sola entrada: la puerta de madera, con barrotes, de la cochera. Afuera, cinco policías mexicanos vigilan desde una pequeña caseta de ladrillo. # cite: pat
Adentro, los días son tranquilos. Por la mañana, Trotsky les da de comer a sus conejos y gallinas, y luego dicta durante horas en su estudio. # cite: sch
Los guardias hacen su vigilancia por turnos. En el turno de la noche hay un breve descanso hacia las once, con leche y bolillos. # cite: sch
{
- role == teamster:
    # scene: gate
    Pasas los días en la cochera, cuidando que los coches de la casa funcionen, y las noches de guardia. Los guardias discuten sobre la disciplina; a ti te parece que discuten demasiado y practican muy poco. # invented
    Le das servicio al coche que el invierno pasado llevaba al Viejo al campo a buscar cactus. Los guardias cuentan que manejaba el pico como un hombre de la mitad de su edad; las plantas del patio, algunas tan pesadas como un hombre, lo prueban. # invented
- role == student:
    # scene: library
    Pasas los días en la biblioteca, donde los secretarios pasan a máquina lo que dicta el Viejo, en ruso, francés e inglés. Bob Harte tiene el cuarto junto al tuyo y una risa que se oye desde el otro lado del patio. # invented
    En las noches, Bob habla de Nueva York y de la revolución como si las dos estuvieran a la vuelta de la esquina. Les escribes a tus padres que nunca has sido tan feliz, y lo dices en serio. # invented
- else:
    # scene: street
    Te encargas de los mandados en el centro y te detienes a platicar con los policías de la caseta de ladrillo. # invented
    Todos los días, La Voz de México, el periódico del Partido Comunista, y El Popular llaman traidor al Viejo. # cite: comintern
    En el mercado, las señoras que te venden huevos te preguntan, medio en broma, si es cierto que el ruso de la casa grande tiene una ametralladora debajo de la cama. Les dices que tiene conejos. # invented
}
# scene: guardroom
# time: night
# ambience: night
# music: dread
La noche del 23 de mayo te vas a dormir a los cuartos de los guardias. Bob Harte hace la guardia en la puerta de la cochera desde la una de la mañana. # cite: pat
-> kiosk_raid

=== kiosk_raid
# scene: bedroom
# time: night
# sfx: gunfire
# effect: raid_flashes
Hacia las cuatro de la mañana, veinte hombres o más, con uniformes de policía y del ejército, encabezados por el muralista David Alfaro Siqueiros, amarran a los policías de afuera y logran entrar. # record: raid_1940_05_24 # cite: pat
Las ametralladoras disparan contra los cuartos de los guardias y no te dejan moverte. Otros disparan hacia la recámara de los Trotsky desde las ventanas y las puertas. # cite: pat
Trotsky había tomado un somnífero, y al principio cree que oye cohetes. # cite: lt_ssmd
* [Quedarte pecho a tierra, con la cabeza bajo la ventana]
    Te quedas tendido en el piso. Te cae polvo de yeso en el pelo. Cuentas las ráfagas y pierdes la cuenta. # invented
* [Intentar llegar al interruptor de la alarma, junto a la puerta de la cochera]
    El interruptor está junto a la puerta de la cochera, al otro lado del patio. No pasas de la puerta del cuarto de guardia: los disparos te hacen retroceder. Después, los guardias descubren que la alarma estaba apagada. # pushback: alarm_on_may24 # cite: pat
* [Salir corriendo tras los asaltantes]
    Llegas hasta la puerta. Los disparos desde el patio te hacen retroceder: los asaltantes cubren su retirada. A Harold Robins, que sube corriendo a la azotea, le disparan desde la calle. # pushback: chase_raiders # cite: pat
- # effect: none
# sfx: car_engine
Luego, motores en la calle, y silencio. Los asaltantes huyeron en los propios coches de la casa, y se llevaron a Bob Harte. # cite: pat
# time: dawn
# scene: bedroom
En la recámara, Natalia empujó a su esposo al hueco entre la cama y la pared y se tendió sobre él. Los dos están vivos; él solo tiene rasguños por los vidrios rotos. # cite: lt_ssmd
En el cuarto de al lado, una bomba incendiaria provocó un fuego. Seva, que se tiró al suelo junto a su cama, tiene una herida pequeña en el pie. # cite: pat
Unos setenta agujeros de bala marcan las paredes de la recámara. # cite: mit
Las cuentas del total de disparos no coinciden: más de doscientos, o más de trescientos. # cite: axe # cite: wsws
Trotsky escribirá después que el peor momento de la noche fue oír gritar a su nieto en la oscuridad. # cite: pat
Antes de media hora llega el coronel Leandro A. Sánchez Salazar, jefe del Servicio Secreto. Le sorprende lo tranquilo que está Trotsky, y al principio sospecha que el ataque fue un montaje. # cite: pat
{
- role == teamster:
    Con Charles Cornell encuentras abiertas las puertas de la cochera, los dos coches desaparecidos y el interruptor de la alarma apagado. Es Cornell quien ve el sarape de Bob, bien doblado en el piso. # cite: pat # invented
- role == student:
    Vas de cuarto en cuarto gritando el nombre de Bob. Su cama está vacía. Sus libros están donde los dejó. # invented
- else:
    Corres a la caseta de ladrillo. Ahí están los cinco policías, con las manos amarradas. # cite: pat # invented
    El más joven te pregunta una y otra vez si murió alguien en la casa. # invented
}
¿Cómo entraron los asaltantes? Hoy la mayoría de los historiadores piensa que Harte le abrió la puerta de la cochera a un hombre que conocía. Los primeros periódicos dijeron que treparon los muros con escaleras; otro relato dice que sorprendieron y sometieron al guardia. # cite: mit
* [Alguien que él conocía llegó a la puerta]
    Piensas en Bob, solo en la puerta, y en alguien que lo llama por su nombre con voz amistosa. # view: entry_known_face # invented
* [Entraron por encima del muro]
    Miras el muro e imaginas escaleras en la oscuridad. # view: entry_ladders # invented
* [Lo sometieron en la puerta]
    Piensas en veinte hombres contra un muchacho cansado en una cochera a oscuras. # view: entry_overwhelmed # invented
* [No se puede saber]
    Estabas dormido. Nunca lo vas a saber, y no vas a adivinar. # view: entry_unsure # invented
- -> kiosk_jacson

=== kiosk_jacson
# scene: gate
# time: dawn
# music: house
# ambience: garden
28 de mayo. Cuatro días después del asalto. # cite: pat
Desde enero, un joven muy amable llamado Frank Jacson trae en su coche a su pareja, Sylvia Ageloff, y después a Marguerite Rosmer, y las espera afuera. Nunca pidió entrar. Los guardias se acostumbraron a él. # cite: pat
Sylvia, trabajadora social de Nueva York y miembro del movimiento, le ayudó a Trotsky a principios de año pasando textos a máquina. Para los de la casa, Jacson es su esposo: un hombre de negocios con oficina en el centro y dinero de sobra. # cite: pat
Esta mañana se ofreció a llevar a los Rosmer al puerto de Veracruz para tomar su barco. Por primera vez entra a la casa, y el Viejo sale a darle la mano. # record: jacson_enters_1940_05_28 # cite: pat
En realidad es Ramón Mercader, un comunista español al servicio de la policía secreta de Stalin. En la casa nadie lo sabe. # cite: con
{
- role == teamster:
    Le ayudas a subir los baúles de los Rosmer a su coche. Se toca el sombrero y te da las gracias. # invented
- role == student:
    Lo ves desde la ventana de la biblioteca: un hombre de buen traje que da la mano en el patio. Bob habría sabido si era de los nuestros. Bob ya no está. # invented
- else:
    Te sientas en la cocina con Carmen, la cocinera, y Belem, la muchacha. La policía las interroga por horas; pronto las dos firmarán declaraciones que dicen que el asalto fue una farsa. # cite: pat # invented
    Los periódicos comunistas dicen lo mismo: un «autoasalto», montado por el propio Trotsky. # cite: comintern
}
Dos días después, la policía detiene a dos de los guardias, Charles Cornell y Otto Schüssler, y los presiona para que confiesen un «autoasalto». Los sueltan cuando Trotsky protesta. # cite: pat
-> kiosk_harte

=== kiosk_harte
# scene: street
# time: day
# music: grief
# ambience: street
La investigación da un giro. Encuentran al hombre que consiguió los uniformes de policía, y por él, el escondite de los asaltantes. # cite: ss
El 25 de junio, la policía encuentra el cuerpo de Bob Harte enterrado bajo el piso de una casa de campo en Santa Rosa, cerca de la carretera al Desierto de los Leones. Le habían disparado. # record: harte_found_1940_06_25 # cite: rou
Trotsky envía un telegrama de pésame a los padres de Harte, firmado por los de la casa. # cite: lt_writings_1939_40
{
- role == student:
    No te dejan verlo. Después te quedas sentado mucho tiempo en los escalones de la biblioteca, y nadie te pide que trabajes. # invented
- role == teamster:
    Manejas de regreso desde la casa de campo con los demás, y ninguno dice una palabra. # invented
- else:
    En el puesto de periódicos junto al mercado agarras los diarios que llamaron farsa al asalto, y no puedes leer ni una línea. # invented
}
¿Fue Harte una víctima inocente, un joven engañado por alguien en quien confiaba, o un agente soviético al que mataron porque empezó a dudar? Los historiadores todavía no se ponen de acuerdo. # cite: mit
El 6 de agosto se coloca una placa de mármol en la entrada interior. Dice, en inglés: # cite: sch
«En memoria de Robert Sheldon Harte, 1915-1940, asesinado por Stalin». # class: quote # cite: museum_site
-> kiosk_fortress

=== kiosk_fortress
# scene: gate
# time: day
# music: house
# ambience: garden
# sfx: hammer
Verano. La casa se convierte en fortaleza. Unas puertas dobles de acero con interruptores eléctricos sustituyen a la puerta de madera, se levantan torres nuevas sobre los muros, unos postigos de acero cierran la recámara y empieza la instalación de una sirena para la alarma. # record: fortress_summer_1940 # cite: han40
~ house += (steel_doors, towers, siren, wire_lights, shutters, redoubt)
Lo pagan simpatizantes del movimiento. El gobierno mexicano triplica la vigilancia policiaca afuera. # cite: han40
~ house += police_tripled
Los guardias se reúnen para hablar de qué más hay que cambiar. Tú tienes una propuesta. # invented
* [Dos guardias en la puerta para cada llegada]
    ~ house += two_guard_gate
    Los demás asienten: eso ya está previsto para las nuevas puertas de acero. Un guardia, pistola en mano, abre la puerta de la calle mientras otro, desde la torre, abre la reja de adentro. # cite: sch
* [Revisar a todos los visitantes, incluidos los amigos]
    ~ proposals_refused++
    Los demás se miran. Los secretarios lo piden desde 1937, y también que ningún visitante se quede a solas con él. El Viejo se ha negado a las dos cosas. No permite que revisen a sus amigos. # pushback: search_visitors # cite: han40
* [Anotar cada llegada y cada salida]
    ~ house += visitor_log
    Se aprueba. Llevas una libreta en la torre: nombres, horas de entrada y de salida. # invented
- A los amigos conocidos de la casa los siguen dejando pasar sin revisarlos. # cite: han40
{
- role == teamster:
    Les enseñas a los guardias nuevos a manejar la puerta eléctrica con la mano siempre cerca de la pistola. # invented
- role == student:
    Pasas a máquina, una y otra vez, el largo informe de Trotsky sobre el asalto para el juzgado mexicano, hasta que el papel carbón se rompe. # invented
- else:
    Unos albañiles del barrio suben costales de arena a las torres nuevas. Uno de ellos, el hijo de una vecina, no quiere aceptar el pago. # invented
}
Después de mayo, Trotsky le dice a Natalia cada mañana que les han regalado un día más. # cite: ev
A fines de julio, Jacson vuelve a la ciudad, más flaco y nervioso, con chocolates para Natalia. # cite: pat
-> kiosk_rehearsal

=== kiosk_rehearsal
# scene: study
# time: day
# music: dread
# ambience: house
17 de agosto. Jacson trae el borrador de un artículo y le pide consejo al Viejo. Por primera vez se quedan solos en el estudio. # record: rehearsal_1940_08_17 # cite: pat
No se quita el sombrero. Se sienta en la orilla del escritorio, con un impermeable en el brazo. La visita dura once minutos. # cite: pat
El artículo es flojo. Trotsky le sugiere cambios y le dice que vuelva con él corregido. # cite: pat
Después, Trotsky le dice a Natalia que ese hombre no le gusta, que «no se parecía en nada a un francés». # class: quote # cite: pat
* (k_warned) [Decirles a los demás que ese hombre te preocupa]
    Se lo dices a los guardias. Se encogen de hombros: es el esposo de Sylvia, lleva meses rondando la casa, y el Viejo acaba de decirle que vuelva con el artículo corregido. Nadie tiene autoridad para negarle la entrada. # pushback: warn_about_jacson # cite: pat
* [No decir nada, pero vigilarlo]
    No dices nada. Lo ves caminar de regreso a su coche, y te das cuenta de que no voltea. # invented
- {
- role == teamster:
    Esa tarde le echas un vistazo a su Buick, estacionado afuera del muro. Es un buen coche, bien cuidado. No hay nada adentro más que un mapa de carreteras de México. # invented
- role == student:
    Hojeas el borrador que dejó un momento en la mesa de la biblioteca. Es poca cosa: argumentos de otros, copiados. Tú has escrito mejores trabajos para la escuela. # invented
- else:
    Afuera, el policía de la caseta te pregunta quién es el extranjero del impermeable. «Un amigo de la casa», le dices, y oyes cómo suenan esas palabras. # invented
}
- # time: dusk
Dos días después, el 19 de agosto, Trotsky termina un largo artículo para el juzgado mexicano sobre el asalto y los hombres que estaban detrás. # cite: lt_cgpu
-> kiosk_attack

=== kiosk_attack
# scene: gate
# time: day
# music: dread
# ambience: garden
20 de agosto, hacia las cinco y veinte de la tarde. Tres guardias están en la azotea, conectando la sirena nueva a la alarma. # cite: han40
Jacson llega en su Buick. Los guardias lo conocen y lo dejan pasar. Es un día bonito, pero trae un impermeable en el brazo y lleva sombrero. # cite: han40
Encuentra a Trotsky dándoles de comer a los conejos. Le dice a Natalia que tiene sed, y se toma un vaso de agua. Cuando le preguntan por qué el sombrero y el impermeable, dice que puede llover. # cite: volk
* (k_search) [Pedir ver qué trae bajo el impermeable]
    Das un paso hacia él. Pero los guardias de la azotea lo conocen; es amigo de la casa, y a los amigos no se les revisa: es la regla del Viejo. # pushback: search_jacson # cite: han40
* [Pedir estar presente en la reunión]
    Preguntas si puedes entrar al estudio. Pero Trotsky nunca ha aceptado a un guardia en el cuarto con un visitante, y nadie se lo va a pedir ahora. # pushback: stay_in_study # cite: han40
* [Quedarte en tu puesto junto a las conejeras]
    Te quedas donde estás, junto a las conejeras, vigilando el camino. # invented
- Dice que trae el artículo, ya pasado a máquina, y que al día siguiente se va a Nueva York con Sylvia. # cite: volk
A Trotsky no le gusta dejar a sus conejos. Al fin cierra las conejeras, se quita los guantes de trabajo y camina hacia la casa con Natalia y su visitante. # cite: deu
# scene: study
Natalia los deja en la puerta del estudio. Trotsky se sienta a su escritorio y empieza a leer el artículo. # cite: deu
A sus espaldas, Jacson saca de debajo del impermeable un piolet de mango recortado y con él golpea a Trotsky por detrás, en la cabeza. # record: attack_1940_08_20 # cite: pat
Del estudio sale un grito terrible. Trotsky se lanza contra su atacante y lo rechaza: forcejea con él y le muerde la mano al agresor. # cite: han40
# sfx: footsteps
En la azotea, Melquíades Benítez apunta su rifle a la ventana del estudio; Joe Hansen le grita que no dispare, por miedo a darle al Viejo. # cite: pat
Harold Robins es el primero en entrar al cuarto y somete a Jacson; otros guardias lo siguen. # cite: pat
Trotsky, sangrando, les dice que no maten a ese hombre: tiene que hablar. Sus palabras exactas se recuerdan de distintas maneras. # cite: sa
{
- role == teamster:
    # scene: gate
    Cuidas la puerta mientras llega la policía. Las manos no se te quedan quietas sobre el cerrojo. # invented
- role == student:
    # scene: dining
    Corres por toallas y al teléfono, y descubres que no te acuerdas de ningún número. # invented
- else:
    # scene: street
    Sales corriendo a la caseta de policía y gritas que llamen a un doctor, a una ambulancia, a quien sea. # invented
}
Seva, que vuelve de la escuela, alcanza a ver a su abuelo en el piso antes de que alguien se lleve al niño de ahí. # cite: ev
Llega la policía y se lleva detenido a Jacson. En el bolsillo trae una carta en francés, escrita a máquina, en la que se presenta como un seguidor desencantado de Trotsky. # cite: ss
-> kiosk_death

=== kiosk_death
# scene: hospital
# time: dusk
# music: grief
# ambience: hospital
# sfx: ambulance_bell
Una ambulancia lleva a Trotsky a la Cruz Verde, el hospital de urgencias. Todavía habla. # cite: pat
Cuando una enfermera le rasura la cabeza, bromea con que encontraron un peluquero. Le pide a Hansen su libreta y le dicta un mensaje; tal como se publicó, termina así: # cite: pat
«¡Adelante!» # class: quote # cite: sa
Natalia está a su lado; las últimas palabras de Trotsky son para ella. # cite: pat
Luego pierde el conocimiento, y un equipo de cirujanos mexicanos lo opera. # cite: deu
Muere el 21 de agosto de 1940, a las 7:25 o a las 7:30 de la noche, según la fuente, unas veinticinco o veintiséis horas después del golpe. Tenía sesenta años. # record: death_1940_08_21 # cite: sf_examiner_1940
{
- role == student:
    Esperas en el pasillo con los demás. Nadie habla más que en susurros. # invented
- role == teamster:
    Duermes en el coche afuera del hospital, cuando llegas a dormir. # invented
- else:
    La calle frente al hospital se llena de gente que vino nada más a estar ahí. # invented
}
-> kiosk_funeral

=== kiosk_funeral
# scene: procession
# time: day
# music: grief
# ambience: crowd
22 de agosto. El cortejo fúnebre avanza despacio por las grandes avenidas y los barrios obreros de la ciudad. # record: funeral_1940_08_22 # cite: deu
Los periódicos de esos días contaron unas 250,000 personas a lo largo del recorrido; relatos posteriores dicen 300,000. Estados Unidos negó la visa para su cuerpo. # cite: museum_site
Sus cenizas se depositaron después en el jardín de la casa. # cite: museum_site
{
- role == teamster:
    Caminas detrás del ataúd con los otros guardias, con una corbata negra prestada. Hombres en ropa de trabajo se quitan el sombrero a su paso. # invented
- role == student:
    Caminas detrás del ataúd con los otros guardias. Creías que ibas a llorar; en cambio, cuentas los pasos, como contaste los disparos en mayo. # invented
- else:
    Caminas detrás del ataúd con los otros guardias. Tu madre está en algún lugar entre la gente de la banqueta; nunca la encuentras, pero ella te encuentra a ti esa noche. # invented
}
-> kiosk_after

=== kiosk_after
# scene: museum
# time: day
# music: epilogue
# ambience: garden
# class: title
Después
4 de octubre de 1940: detienen en Jalisco a Siqueiros, líder de los asaltantes de mayo. Admite que participó, pero dice que el propósito era una protesta «psicológica», no matar. # record: siqueiros_arrested_1940_10_04 # cite: cia_chronology
1941: un tribunal desecha el cargo de homicidio, y Siqueiros se va a Chile. # record: siqueiros_freed_1941 # cite: sa
16 de abril de 1943: «Jacson» es declarado culpable de homicidio y condenado a veinte años, la pena más alta que podía darle el tribunal. # record: jacson_convicted_1943_04_16 # cite: rourke_1943
1950 o 1953, según la fuente: las huellas digitales que rastrea el criminólogo mexicano Alfonso Quiroz Cuarón prueban que es Ramón Mercader. En México nunca lo admite. # record: mercader_identified_1950_1953 # cite: con # cite: nyt_1953
6 de mayo de 1960: Mercader sale libre. Más tarde, Moscú lo nombra Héroe de la Unión Soviética. # record: mercader_released_1960_05_06 # cite: wp
Quién lo mandó se supo hasta décadas después, por el propio lado soviético: en 1939 Stalin ordenó matar a Trotsky. Naum Eitingon dirigió en México la operación de la NKVD, con el nombre clave de Utka; Iosif Grigulevich, el «Felipe» de los asaltantes, organizó el asalto de mayo; Caridad, la madre de Mercader, trabajaba con Eitingon. Si los dos esperaban en un coche cerca de la casa el 20 de agosto está en disputa. # cite: sudoplatov # cite: pat # cite: volk # recall: operation_duck_1939
23 de enero de 1962: Natalia Sedova muere cerca de París. Sus cenizas se reúnen con las de su esposo en el jardín. # record: natalia_dies_1962_01_23 # cite: hommage_1962
De la familia de Trotsky, pocos sobrevivieron a Stalin. Su hijo Seriozha fue fusilado en 1937; su primera esposa, Alexandra, murió en los campos o fue fusilada (las fuentes no coinciden); su hija Zina, la madre de Seva, se quitó la vida en 1933. # cite: wp
1979: Yulia, hija de Seriozha, una nieta que los Trotsky nunca supieron que tenían, emigra de Moscú a Estados Unidos. # record: yulia_emigrates_1979 # cite: akselrod_1989
1988: Seva, ya convertido en Esteban Volkov, visita Moscú y se reencuentra con su media hermana, que se está muriendo, después de cincuenta y siete años. # record: volkov_moscow_1988 # cite: ap_lat_1989
Lo compara con dos sobrevivientes de un naufragio que se encuentran en una playa. # cite: pat
20 de agosto de 1990, cincuenta años después del ataque: la casa reabre como Museo Casa de León Trotsky. # record: museum_opens_1990_08_20 # cite: museum_blog
16 de junio de 2023: muere en la Ciudad de México Esteban Volkov, fundador del museo, a los noventa y siete años. # record: volkov_dies_2023_06_16 # cite: elpais_efe_2023
-> kiosk_close

=== kiosk_close
# class: title
Lo que hiciste
{
- role == teamster:
    Fuiste el camionero: un guardia inventado, hecho a partir de los guardias reales. # invented
- role == student:
    Fuiste el estudiante: un guardia inventado, hecho a partir de los guardias reales. # invented
- else:
    Fuiste el compañero mexicano: un guardia inventado, hecho a partir de los guardias reales. # invented
}
{house ? two_guard_gate:
    Pediste dos guardias en la puerta. Para el verano, la casa ya tenía esa regla, y el ataque llegó de todos modos. # cite: sch
}
{proposals_refused > 0:
    Pediste revisar a todos los visitantes. Los secretarios lo pedían desde 1937; Trotsky se negó. # cite: han40
}
{kiosk_rehearsal.k_warned:
    Les advertiste a los demás sobre Jacson. Al propio Trotsky no le caía bien. Pero que un amigo de la casa no te cayera bien no era razón para cerrarle la puerta. # cite: pat
}
{kiosk_attack.k_search:
    Intentaste ver qué traía bajo el impermeable. A un amigo conocido nunca se le revisaba. # cite: han40
}
{
- role == teamster:
    Lo tuyo fueron los coches, la puerta y las noches largas, como lo fueron para los guardias reales que estuvieron aquí. # invented
- role == student:
    Lo tuyo fueron la biblioteca y la amistad con Bob Harte. La pregunta de qué pasó en la puerta de la cochera sigue abierta. # invented
- else:
    Lo tuyo fue la calle de afuera: la caseta de policía, la cocina, los periódicos que llamaron farsa al asalto. # invented
}
Nada de lo que elegiste podía cambiar lo que pasó: el asalto fracasó; el golpe en el estudio, no. Lo que sí podías elegir era cómo hacer tu guardia. # class: note
Los guardias reales eran un puñado de jóvenes voluntarios con poco dinero, frente a un Estado con agentes, dinero y tiempo. # cite: pat
¿Por qué no pudieron impedirlo? # class: note
Hoy, en el museo, los agujeros de bala siguen en la pared de la recámara. # cite: museum_site
-> END
