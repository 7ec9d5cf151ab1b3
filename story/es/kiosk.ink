// El recorte del quiosco del museo: unos ocho minutos para un visitante de pie (a lo sumo unas 1,200 palabras del
// primer toque al final con las primeras opciones: tests/content/kiosk-length.test.ts, tools/kiosk-words.mjs), al
// que se entra directamente por `kiosk` (nunca desde `start`), autónomo. Cada hito del registro lleva su etiqueta una
// sola vez, en una línea por la que pasan todos los caminos, en el orden canónico. El clímax se cuenta en pasajes
// breves, cada uno con su propia imagen, para que la imagen nunca se adelante al texto (la piedra del jardín solo al
// final). Los nudos del quiosco nunca desvían a los capítulos completos; la única memoria que se usa dentro del
// recorte son los conteos de lectura de sus propias etiquetas.

=== kiosk
# checkpoint: kiosk
# scene: plan
# time: day
# music: title
# ambience: garden
Coyoacán, en la orilla de la Ciudad de México. 1940. # cite: pat
Detrás de estos muros vive León Trotsky, uno de los líderes de la Revolución rusa, hoy un exiliado al que el gobierno de Stalin quiere muerto. México lo recibió en 1937. # cite: pat
Con él viven su esposa, Natalia Sedova, y su nieto Seva, de catorce años. Un puñado de jóvenes voluntarios cuida la casa. # cite: pat
Tú eres uno de ellos. ¿Quién eres?
* [El camionero]
    ~ role = teamster
    Un chofer de camión de Minneapolis, que sabe de motores y de armas. # invented
* [El estudiante]
    ~ role = student
    Un estudiante universitario de Nueva York, amigo de Bob Harte, otro de los guardias. # invented
* [El compañero mexicano]
    ~ role = mexican
    Un joven trabajador de Coyoacán, que habla el idioma de la calle. # invented
- -> kiosk_house

=== kiosk_house
# scene: patio
# time: day
# music: house
La única entrada es la puerta de la cochera; afuera, cinco policías mexicanos vigilan desde una caseta de ladrillo. # cite: pat
Por la mañana Trotsky les da de comer a sus conejos, y luego dicta durante horas en su estudio. # cite: sch
{
- role == teamster:
    # scene: gate
    Mantienes en marcha los coches de la casa, y en las noches haces guardia. # invented
- role == student:
    # scene: library
    Escribes a máquina en la biblioteca. Bob tiene el cuarto junto al tuyo y una risa que se oye desde el otro lado del patio. # invented
- else:
    # scene: street
    Haces los mandados en el centro, donde los periódicos comunistas llaman traidor al Viejo todos los días. # cite: comintern # invented
}
# scene: guardroom
# time: night
# ambience: night
# music: dread
La noche del 23 de mayo, Bob Harte hace la guardia en la puerta de la cochera. # cite: pat
-> kiosk_raid

=== kiosk_raid
# scene: bedroom
# time: night
# sfx: gunfire
# effect: raid_flashes
Hacia las cuatro de la mañana, veinte hombres o más, con uniformes de policía y del ejército, encabezados por el pintor David Alfaro Siqueiros, amarran a los policías de afuera y entran a la casa. # record: raid_1940_05_24 # cite: pat
Las ametralladoras inmovilizan a los guardias. Otros disparan contra la recámara de los Trotsky. # cite: pat
* [Quedarte agachado, debajo de la ventana]
    Te quedas pegado al piso y cuentas las ráfagas, y pierdes la cuenta. # invented
* [Tratar de llegar al interruptor de la alarma junto a la puerta de la cochera]
    El fuego te hace retroceder. Después los guardias descubren que la alarma estaba apagada. # pushback: alarm_on_may24 # cite: pat
* [Salir corriendo tras los asaltantes]
    Los disparos desde el patio te hacen retroceder: los asaltantes cubren su retirada. # pushback: chase_raiders # cite: pat
- # effect: none
# sfx: car_engine
# time: dawn
Los asaltantes se van en los propios coches de la casa, y se llevan a Bob Harte. # cite: pat
Natalia había empujado a su esposo al suelo, junto a la cama, y se había echado encima de él. Los dos están vivos. Seva tiene una herida leve en el pie. Unos setenta agujeros de bala marcan las paredes de la recámara. # cite: lt_ssmd # cite: pat # cite: mit
¿Cómo entraron los asaltantes? La mayoría de los historiadores piensa hoy que Harte le abrió la puerta a un hombre que conocía; otros relatos difieren. # cite: mit
* [Alguien que él conocía llegó a la puerta]
    Piensas en una voz amistosa en la puerta. # view: entry_known_face # invented
* [Se saltaron el muro]
    Te imaginas escaleras en la oscuridad. # view: entry_ladders # invented
* [Lo sometieron en la puerta]
    Piensas en veinte hombres contra un guardia cansado. # view: entry_overwhelmed # invented
* [No puedes saberlo]
    Estabas dormido. No vas a adivinar. # view: entry_unsure # invented
- -> kiosk_jacson

=== kiosk_jacson
# scene: gate
# time: dawn
# music: house
# ambience: garden
28 de mayo. Desde hace meses, un joven educado llamado Frank Jacson, compañero de Sylvia Ageloff, espera afuera en su coche. Hoy lleva a dos viejos amigos de la familia a su barco, y por primera vez entra a la casa. # record: jacson_enters_1940_05_28 # cite: pat
En realidad es Ramón Mercader, agente de la policía secreta de Stalin. Nadie en la casa lo sabe. # cite: con
Dos días después, la policía detiene a dos guardias para que confiesen un «autoasalto»; la protesta de Trotsky los libera. # cite: pat
-> kiosk_harte

=== kiosk_harte
# scene: street
# time: day
# music: grief
# ambience: street
El 25 de junio, la policía encuentra el cuerpo de Bob Harte enterrado en una casa de campo en los cerros. Lo habían matado de un balazo. # record: harte_found_1940_06_25 # cite: rou
{role == student:
    No te dejan verlo. Te quedas mucho rato sentado en los escalones de la biblioteca. # invented
}
¿Fue una víctima inocente, un joven engañado, o un agente él mismo? Los historiadores todavía no se ponen de acuerdo. # cite: mit
El 6 de agosto se coloca una placa en la puerta interior: # cite: sch
«En memoria de Robert Sheldon Harte, 1915-1940, asesinado por Stalin». # class: quote # cite: museum_site
-> kiosk_fortress

=== kiosk_fortress
# scene: gate
# time: day
# music: house
# ambience: garden
# sfx: hammer
Verano. La casa se convierte en fortaleza: puertas de acero, torres nuevas, postigos de acero y una sirena en obra para la alarma. El gobierno triplica la vigilancia policiaca afuera. # record: fortress_summer_1940 # cite: han40
~ house += (steel_doors, towers, siren, wire_lights, shutters, redoubt)
~ house += police_tripled
Los guardias se reúnen. Tú tienes una propuesta. # invented
* [Dos guardias en la puerta para cada llegada]
    ~ house += two_guard_gate
    De acuerdo: es el plan para las puertas nuevas. # cite: sch
* [Revisar a todos los visitantes, incluidos los amigos]
    ~ proposals_refused++
    El Viejo se niega. No quiere que a sus amigos los revisen. # pushback: search_visitors # cite: han40
* [Anotar cada llegada y cada salida]
    ~ house += visitor_log
    De acuerdo: llevas una libreta en la torre. # invented
- -> kiosk_rehearsal

=== kiosk_rehearsal
# scene: study
# time: day
# music: dread
# ambience: house
17 de agosto. Jacson trae el borrador de un artículo y le pide consejo al Viejo. Durante once minutos están solos en el estudio. Él lleva un impermeable en el brazo. # record: rehearsal_1940_08_17 # cite: pat
Después, Trotsky le dice a Natalia que ese hombre no le gusta, que «no se parecía en nada a un francés». # class: quote # cite: pat
* (k_warned) [Decirles a los demás que ese hombre te preocupa]
    Se encogen de hombros: es el marido de Sylvia, y el Viejo le dijo que volviera. Nadie puede cerrarle la puerta. # pushback: warn_about_jacson # cite: pat
* [No decir nada, pero vigilarlo]
    Lo ves caminar de vuelta a su coche. No voltea. # invented
- -> kiosk_attack

=== kiosk_attack
# scene: patio
# time: day
# music: dread
# ambience: garden
20 de agosto, hacia las cinco y veinte de la tarde. Tres guardias están en la azotea, conectando la sirena. Jacson llega en su coche; los guardias lo conocen y lo dejan entrar. Es un día de sol, pero trae un impermeable en el brazo. # cite: han40
* (k_search) [Pedir ver qué trae bajo el impermeable]
    A los amigos de la casa no se les revisa: es la regla del Viejo. # pushback: search_jacson # cite: han40
* [Pedir estar presente en la reunión]
    Trotsky nunca ha aceptado a un guardia en el cuarto con un visitante. # pushback: stay_in_study # cite: han40
* [Quedarte en tu puesto junto a las conejeras]
    Te quedas junto a las conejeras, vigilando el camino. # invented
- -> kiosk_blow

=== kiosk_blow
# scene: study
Trotsky lleva a su visitante al estudio y se sienta a su escritorio a leer el artículo. # cite: deu
Detrás de él, Jacson saca de bajo el impermeable un piolet de mango recortado y lo golpea en la parte de atrás de la cabeza. # record: attack_1940_08_20 # cite: pat
Del estudio sale un grito terrible. Trotsky se defiende y rechaza a su atacante. # cite: han40
* [Correr hacia el grito]
    # sfx: footsteps
    Harold Robins es el primero en entrar al cuarto, y somete a Jacson. # cite: pat
- Trotsky, sangrando, les dice que no maten al hombre: tiene que hablar. # cite: sa
{
- role == teamster:
    # scene: gate
    Cuidas la puerta para la policía. Las manos no se te quedan quietas en el cerrojo. # invented
- role == student:
    # scene: dining
    Corres por toallas y al teléfono. # invented
- else:
    # scene: street
    Corres a la caseta de policía y pides a gritos una ambulancia. # invented
}
* [Seguir a la ambulancia]
    -> kiosk_death

=== kiosk_death
# scene: hospital
# time: dusk
# music: grief
# ambience: hospital
# sfx: ambulance_bell
En el hospital de la Cruz Verde le dicta un mensaje a Hansen; tal como se publicó, termina así: # cite: pat
«¡Adelante!» # class: quote # cite: sa
Lo operan. Muere el 21 de agosto de 1940, a las 7:25 o a las 7:30 de la noche según la fuente, sin despertar. Tenía sesenta años. # record: death_1940_08_21 # cite: sf_examiner_1940
* [Caminar en el cortejo]
    -> kiosk_funeral

=== kiosk_funeral
# scene: procession
# time: day
# ambience: crowd
22 de agosto. El cortejo fúnebre avanza despacio por las avenidas y los barrios obreros. Los periódicos de esos días contaron unas 250,000 personas; relatos posteriores hablan de 300,000. # record: funeral_1940_08_22 # cite: deu # cite: museum_site
* [Lo que vino después]
    -> kiosk_after

=== kiosk_after
# scene: street
# music: epilogue
# ambience: street
1940: detienen a Siqueiros. Dice que el asalto fue una protesta «psicológica», no un intento de matar. # record: siqueiros_arrested_1940_10_04 # cite: cia_chronology
1941: un tribunal retira el cargo de homicidio, y él se va a Chile. # record: siqueiros_freed_1941 # cite: sa
1943: condenan a «Jacson» a veinte años por asesinato. # record: jacson_convicted_1943_04_16 # cite: rourke_1943
1950 o 1953, según la fuente: sus huellas digitales prueban que es Ramón Mercader. # record: mercader_identified_1950_1953 # cite: con # cite: nyt_1953
1960: sale libre. Moscú lo nombra Héroe de la Unión Soviética. # record: mercader_released_1960_05_06 # cite: wp
Quién lo mandó se supo décadas después, sobre todo por las memorias, interesadas, de Pavel Sudoplatov, uno de los organizadores: en 1939 Stalin ordenó matar a Trotsky. Naum Eitingon dirigió la operación, llamada Utka; Iosif Grigulevich, el «Felipe» de los asaltantes, organizó el asalto de mayo; Caridad, la madre de Mercader, trabajaba con Eitingon. # cite: sudoplatov # cite: pat # recall: operation_duck_1939
Si esos dos esperaban en un coche cerca de la casa el 20 de agosto está en disputa. # cite: volk
* [¿Y la casa?]
    -> kiosk_years

=== kiosk_years
# scene: museum
# time: day
# ambience: garden
1962: Natalia Sedova muere cerca de París. Sus cenizas se reúnen con las de su esposo bajo la piedra del jardín. # record: natalia_dies_1962_01_23 # cite: hommage_1962
1979: Yulia, una nieta que los Trotsky nunca supieron que tenían, emigra de Moscú a Estados Unidos. # record: yulia_emigrates_1979 # cite: akselrod_1989
1988: Seva, ya Esteban Volkov, visita Moscú y conoce a su media hermana, que se está muriendo. # record: volkov_moscow_1988 # cite: ap_lat_1989
1990: la casa abre como Museo Casa de León Trotsky. # record: museum_opens_1990_08_20 # cite: museum_blog
2023: muere Esteban Volkov, fundador del museo, a los noventa y siete años. # record: volkov_dies_2023_06_16 # cite: elpais_efe_2023
-> kiosk_close

=== kiosk_close
# class: title
Lo que hiciste
{
- role == teamster:
    Fuiste el camionero: un guardia de ficción, hecho con los de verdad. # invented
- role == student:
    Fuiste el estudiante: un guardia de ficción, hecho con los de verdad. # invented
- else:
    Fuiste el compañero mexicano: un guardia de ficción, hecho con los de verdad. # invented
}
{house ? two_guard_gate:
    Pediste dos guardias en la puerta: la casa ya tenía esa regla, y el ataque llegó de todos modos. # cite: sch
}
{proposals_refused > 0:
    Pediste revisar a todos los visitantes. Trotsky se negó. # cite: han40
}
{kiosk_rehearsal.k_warned:
    Les advertiste a los demás sobre Jacson. Que un amigo de la casa no te cayera bien no era razón para cerrarle la puerta. # cite: pat
}
{kiosk_attack.k_search:
    Intentaste ver qué traía bajo el impermeable. A un amigo conocido nunca se le revisaba. # cite: han40
}
Nada de lo que elegiste podía cambiar lo que pasó; solo cómo hiciste tu guardia. # class: note
Los guardias de verdad eran un puñado de jóvenes voluntarios, frente a un Estado con agentes, dinero y tiempo. ¿Por qué no pudieron impedirlo? # class: note # cite: pat
-> END
