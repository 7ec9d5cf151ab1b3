// Chapter 6: Tuesday 20 August 1940 (record.md §1.4, §2.7, §3.5, §5.4, §5.5).
// Every path passes `# record: attack_1940_08_20` once, in the stitch `the_cry`.
// The hours before the attack are ordinary on purpose: the hutches, the roster, the doors, tea at five.
// No gore: the blow is named, never described.
=== ch6_attack
# checkpoint: ch6_attack
# scene: patio
# time: dawn
# music: house
# ambience: garden
Martes 20 de agosto de 1940 # class: title
-> morning

= morning
# sfx: rooster
Natalia recordaría que esa mañana él despertó de buen ánimo, y que así lo dijo. # cite: deu
Primero les da de comer a los conejos y a las gallinas, como todas las mañanas. # cite: deu
Pasas junto a las conejeras con dos tazas de café del cuarto de guardia. # invented
* [Darle los buenos días.]
    Te contesta con una inclinación de cabeza y una palabra, y vuelve a sus conejos. Eso es todo, y te lo llevas contigo hasta la torre. # invented
    ~ raise(trust_lt, 1)
* [Sostenerle las puertas de alambre mientras llena los comederos.]
    Le sostienes cada puerta mientras él recorre la hilera. Revisa a cada animal como si tuviera algo que informarle. Ninguno de los dos habla, y no se siente como un silencio. # invented
* [Dejarle espacio y dar la vuelta larga por el gallinero.]
    Un hombre que vive rodeado de guardias merece unos minutos al día sin que nadie lo vigile, decidiste. En esta casa nunca los tiene, pero le das lo que puedes. # invented
- Luego se quita los guantes y entra a trabajar. # cite: deu
-> roster

= roster
# scene: guardroom
# ambience: house
# time: day
El rol de agosto, clavado por dentro de la puerta del cuarto de guardia, enumera las tareas junto a los turnos: cortar lona para costales, sacar el cascajo, montar la sirena y los reflectores, probar los timbres. # cite: sch
Junto a tu nombre, esta mañana, alguien escribió a lápiz «varios», que quiere decir lo que nadie más tiene tiempo de hacer. # invented
* [Cortar lona para costales de arena.]
    A la sombra del muro cortas lona hasta que se te ampolla la palma, y tratas de no pensar en lo que esos costales tienen que detener. # invented
* [Sacar en carretilla el cascajo de los albañiles hasta el camino.]
    Este mes unos albañiles le están levantando un segundo piso a los cuartos de los guardias. # cite: sch
    Sacas ladrillo roto y costales de cal vacíos hasta el camino, y cada viaje quiere decir la puerta de afuera, la torre, y otra vez la puerta. # invented
* [Probar los timbres en los cuartos de los guardias.]
    Vas de cuarto en cuarto, apretando el botón y escuchando. Un timbre contesta un instante tarde, y lo apuntas. Desde mayo, aquí nadie confía en un timbre sin probarlo. # invented
- -> lawyer

= lawyer
# scene: gate
Según un relato, hacia la una llega un abogado por el asunto de la demanda por difamación contra El Popular. # cite: ss
Toca en la puerta de la calle, y la casa lo deja entrar como ahora deja entrar a todos: un guardia en cada puerta. # invented
* [Tomar la puerta de afuera, pistola en mano.]
    Abres la puerta de acero con el arma desenfundada, y un señor de buen traje la mira, luego te mira a ti, y levanta su portafolios como si fuera un pasaporte. Te sientes ridículo, y no guardas la pistola. # invented
* [Tomar la torre y accionar el botón de la reja interior.]
    # scene: tower
    Desde la torre ves la calle entera: la caseta de policía, el cauce seco del río, el sombrero del abogado. Aprietas el botón, y abajo la reja se abre. # invented
- Después de comer, el Viejo descansa un poco y luego le dicta al dictáfono en el estudio. # cite: ss
-> siesta

= siesta
# scene: tower
# sfx: hammer
En la azotea, junto a la torre principal, Joe Hansen, Charles Cornell y Melquíades Benítez conectan la sirena nueva al sistema de alarma. # cite: han40
Abajo, la casa dormita durante lo peor del calor. # invented
* [Subir una cubeta de agua por la escalera hasta la azotea.]
    Los tres hombres beben del cucharón por turnos y vuelven derecho a los cables. Desde aquí arriba el recinto entero se ve abajo, como el plano clavado en el cuarto de guardia. # invented
    ~ raise(trust_guards, 1)
* [Dormir una hora en un catre del cuarto de guardia.]
    Te acuestas con las botas puestas, nada más para descansar los ojos, y despiertas con el chasquido de las pinzas en el alambre sin saber qué día es. # invented
* [Leer los periódicos viejos que alguien guarda en la mesa de la guardia.]
    Alguien guardó en una pila los periódicos comunistas de la primavera, para contestarles algún día. El asalto de mayo lo montó el propio Trotsky, decían: un autoasalto, para ganarse la compasión. # cite: comintern
    Lees el mismo párrafo dos veces, de tan seguro que está de sí mismo. # invented
    ~ known += k_comintern_press
- -> afternoon_by_role

= afternoon_by_role
{
- role == teamster: -> teamster_afternoon
- role == student: -> student_afternoon
- else: -> mexican_afternoon
}

// ---------- The Teamster: the garage ----------
= teamster_afternoon
# scene: gate
El Ford de la casa ha vuelto a toser en las subidas, y tú tienes el filtro de aire quitado y el carburador desarmado sobre un trapo limpio junto al muro de la cochera. # invented
Es la mejor hora del día en la cochera: el sol rebotando en las puertas, el radio de la caseta de policía sonando apenas a través del muro, nadie a quien haya que llevar a ningún lado. En Minneapolis ya irías de camino a Fargo. # invented
- (t_work)
* {t_work < 3} [Terminar el carburador antes de que se vaya la luz.]
    Pones las espreas en fila y las sopleteas una por una. Es un trabajo lento y cuidadoso, de los que te permiten dejar de pensar. # invented
    # sfx: car_engine
    Para las cinco el motor da vuelta, prende y se asienta en un ruido en el que puedes confiar. # invented
    ~ raise(trust_guards, 1)
    -> t_work
* {t_work < 3} [Pasarles cable a los de la azotea.]
    Cornell se asoma por el pretil y pide el rollo de alambre que está junto a la escalera de la torre. Se lo subes con una cuerda, y luego las pinzas, y luego la cinta. # invented
    La sirena es una cosa más que la casa aprendió desde mayo: un sonido capaz de llegar a la vez a la caseta de policía, a los vecinos y a todo Coyoacán. # cite: han40
    -> t_work
* {t_work < 3} [Escribir la carta que le debes a tu mamá.]
    ~ letters_home++
    Querida mamá: el coche ya anda otra vez, y yo también. Estamos poniendo una sirena en la azotea, tan fuerte que despertaría a Minneapolis. No te preocupes por lo que dicen los periódicos. Aquí nadie se preocupa. # class: letter # invented
    Lo último es mentira. # invented
    -> t_work
+ [Limpiarte las manos y salir a la puerta.]
    -> builders

// ---------- The Student: the library ----------
= student_afternoon
# scene: library
# ambience: house
# sfx: dictaphone
La larga exposición para el tribunal mexicano quedó terminada ayer. # cite: lt_cgpu
Hoy los cilindros del dictáfono salen del estudio en una caja, y las mecanógrafas los convierten en cartas. # invented
Bob se sentaba en la esquina de tu escritorio, leía tu correo al revés y discutía con él. Desde junio no apoyas los codos en esa esquina, sin haberlo decidido nunca. # invented
Por la ventana oyes a los hombres de la azotea discutir de buen humor sobre qué cable va dónde. # invented
- (s_work)
* {s_work < 3} [Leer la exposición terminada para el tribunal.]
    «La Comintern y la GPU» sigue página tras página: cómo se organizó el asalto de mayo, quién estaba detrás, cómo la prensa comunista lo llamó primero un autoasalto. Está escrita para un juez, y se lee como una acusación de fiscal. # cite: lt_cgpu
    ~ known += k_comintern_press
    -> s_work
* {s_work < 3} [Revisar el francés de una carta a París.]
    Tu francés es mejor en papel que en voz alta. Marcas a lápiz dos comas y un tiempo verbal equivocado, y durante un cuarto de hora te sientes útil como te lo imaginabas al venir. # invented
    -> s_work
* {s_work < 3} [Escribirle a Miriam sobre Bob.]
    ~ letters_home++
    Querida Miriam: ayer terminaron la larga exposición. Bob está en ella, como prueba. No dejo de pensar que lo habría odiado, y luego que habría estado orgulloso. # class: letter # invented
    -> s_work
+ [Sacar las hojas terminadas al patio para leerlas al sol.]
    -> builders

// ---------- The Mexican comrade: the street ----------
= mexican_afternoon
# scene: street
# ambience: street
Pasas la tarde del lado de afuera del muro, donde más sirves. # invented
Unos chamacos le avientan piedras a una lata en el cauce del río, y los agentes de la caseta revisan la canasta de un chamaco de los mandados. Tu mamá te pidió que fueras a tomar café, y se lo prometiste. # invented
- (m_work)
* {m_work < 3} [Comprar verdura para los conejos en el mercado.]
    # scene: market
    # ambience: market
    La señora del puesto de verduras sabe adónde va la lechuga y te regala las hojas de afuera. «Para los conejos del viejito», dice, y no te acepta la moneda. # invented
    ~ raise(trust_lt, 1)
    -> m_work
* {m_work < 3} [Quedarte en la caseta mientras prueban la sirena.]
    El agente Rosales quiere saber qué tan fuerte va a sonar. Le dices que lo bastante para que la oiga el inspector en el centro. Dice que el inspector no ha oído nada en toda su vida. # invented
    La guardia de policías afuera de la casa es el triple de la que había en mayo. Rosales dice que también está el triple de aburrida. # cite: han40
    ~ raise(trust_police, 1)
    -> m_work
* {m_work < 3} [Pasar a tomar café con tu mamá.]
    # ambience: house
    Tu mamá tiene el radio prendido. Le baja para preguntarte por tus pies, por tu comida y si el ruso ya le pagó a alguien. Le dices que nadie cobra, y te mira como si le hubieras confesado algo. # invented
    -> m_work
+ [Regresar a la puerta.]
    -> builders

// ---------- Towards five: shared ----------
= builders
# scene: gate
# ambience: garden
Poco antes de las cinco, los albañiles del piso nuevo de los guardias dejan las cucharas. # invented
Para salir ahora hace falta el visto bueno del guardia de la torre, igual que para entrar. # cite: sch
* [Contarlos uno por uno al salir por las puertas.]
    Los cuentas con los dedos conforme pasan: los mismos que entraron en la mañana. En abril, a nadie en esta casa se le habría ocurrido. # invented
* [Dejarle la cuenta a la torre y despedirlos.]
    Son hombres del barrio, con cal hasta las rodillas, y se despiden de ti como si fueras de la cuadrilla. # invented
- -> tea

= tea
# scene: patio
Hacia las cinco, el Viejo y Natalia toman el té juntos. # cite: volk
* [Llevar la charola desde la cocina.]
    La llevas con cuidado, la tetera y dos tazas, y la dejas sin que suene nada. Natalia te da las gracias en francés. # invented
    ~ raise(trust_natalia, 1)
* [Mantenerte lejos y dejarles su cuarto de hora.]
    Te buscas algo que hacer en el otro extremo del recinto y no miras hacia la casa. Entre guardias, mecanógrafas y albañiles, un cuarto de hora sin nadie que escuche es lo más raro que tienen los dos. # invented
- Después vuelve a las conejeras para darles de comer por la tarde, y se pone otra vez los guantes de trabajo. # cite: sch
-> arrival

// ---------- About 5:20 p.m.: shared ----------
= arrival
# scene: gate
# ambience: garden
# music: dread
Entre las cinco y veinte y las cinco y media, el Buick baja por Avenida Viena y se detiene junto al muro. # cite: han40
Jacson les habla a los hombres que conectan la sirena en la azotea y cruza unas palabras con ellos. Lo conocen. Le abren las puertas. # cite: han40
Trae sombrero. Sobre el brazo lleva un impermeable, en una tarde despejada y calurosa. # cite: pat
{
- role == teamster:
    Estás tan cerca que oyes el motor del Buick chasquear mientras se enfría. Lo vino manejando duro. Te mira al pasar junto a la cochera, pero sin verte. # invented
- role == student:
    Te lo encuentras en el patio con tus hojas bajo el brazo. Pasa junto a ti sin decir palabra, con el impermeable bien pegado al costado. # invented
- else:
    Estás en la caseta cuando se estaciona. Rosales se lleva dos dedos a la gorra; el hombre no lo ve. Ves el impermeable entrar por la puerta de acero, y la puerta cerrarse. # invented
}
- (at_door)
* [Decirle al guardia de la puerta que no lo deje pasar.]
    -> refuse
* {house ? visitor_log} [Anotarlo en el libro.]
    Escribes el nombre y una hora, las cinco y veintitantos, con una letra no del todo firme. Después, cuando la policía pida el libro, la última línea será la tuya. # invented
    -> at_door
* [Pedir que le revisen el impermeable antes de que siga.]
    Lo dices medio en broma: un impermeable así, en un día como este, hay que revisarlo. # invented
    Nadie se ríe, y nadie se mueve. A un amigo de la casa no se le esculca como a un sospechoso: es la regla del Viejo, y este entra y sale de la casa desde mayo. # pushback: search_jacson # cite: han40
    ~ proposals_refused++
    -> at_door
* [Comentarle lo del impermeable al que está a tu lado.]
    El que está a tu lado se encoge de hombros. En agosto las tardes cambian rápido, y un hombre de negocios es un hombre de negocios. # invented
    -> at_door
+ [Dejarlo seguir al jardín.]
    -> hutches

= refuse
Lo dices claro: hoy no. Que lo despidan, o que espere en la puerta hasta que alguien le pregunte al Viejo. # invented
El propio Viejo le pidió a Jacson que volviera con el artículo corregido. Los de la azotea lo conocen; los guardias lo conocen; ha estado entrando y saliendo desde mayo. No hay ninguna orden para dejarlo fuera, ni nada que alguien pueda señalar. # pushback: refuse_jacson_aug20 # cite: pat
~ proposals_refused++
* [Ir tras él y no perderlo de vista.]
    Lo sigues por el patio a cierta distancia, lo bastante lejos para no ser grosero, lo bastante cerca para verle las manos. Las dos están sobre el impermeable. # invented
    -> hutches
* [Dejarlo así.]
    Lo dejas así. Vas a pensar en haberlo dejado así el resto de tu vida. # invented
    -> hutches

= hutches
# scene: patio
El Viejo está en las conejeras con sus guantes de trabajo. El visitante se acerca y se quita el sombrero. # cite: volk
Natalia sale y los ve. El visitante dice que tiene mucha sed. No acepta té; comió tarde, dice. Se toma un vaso de agua. Tenía la cara verdosa, diría Natalia, y estaba nervioso. # cite: volk
Ella le pregunta por qué trae sombrero e impermeable en un día así. «Porque podría llover», contesta. # class: quote # cite: volk
Dice que trae el artículo, ya pasado a máquina, y que él y Sylvia se van mañana a Nueva York. # cite: volk
El Viejo no quiere dejar a los conejos. Termina, cierra las conejeras, se quita los guantes y camina hacia la casa con Natalia y el visitante. # cite: deu
Natalia los deja en la puerta del estudio y pasa al cuarto de al lado. # cite: deu
- (watching)
* (followed) [Seguirlos hacia el estudio.]
    Llegas hasta la biblioteca antes de que alguien te detenga con una mirada. No es una regla que nadie haya escrito; es como funciona la casa. # invented
    El Viejo recibe a sus visitas a solas. Desde hace tres años los hombres que lo cuidan le piden que no lo haga, y él se niega. # pushback: stay_in_study # cite: han40
    ~ proposals_refused++
    -> the_cry
* [Quedarte donde estás, en tu puesto.]
    {
    - role == mexican:
        Te quedas en la caseta, que es tu lugar. La calle está muy callada; del otro lado del muro una gallina se queja una vez y se calla. # invented
    - else:
        Te quedas donde estás. El patio está muy callado. Los conejos se acomodan en la paja. # invented
    }
    -> the_cry

// ---------- The attack: shared, on every path ----------
= the_cry
# scene: patio
# ambience: none
# music: none
Sale un grito de la casa, y todas las cabezas del recinto se vuelven hacia él. # record: attack_1940_08_20 # cite: han40
Hansen, desde la azotea, lo describiría como largo y terrible, «mitad alarido, mitad sollozo». # class: quote # cite: han40
En el estudio, el Viejo se había sentado a su escritorio a leer las hojas mecanografiadas. El hombre que estaba detrás de él sacó un piolet de donde lo traía escondido y con él golpeó al Viejo una vez, por detrás, en la cabeza. # cite: pat
Dónde escondía el piolet se cuenta de dos maneras: bajo el impermeable que llevaba en el brazo, como dice la mayoría de los relatos, o colgado de un cordel bajo el saco. # cite: axe
El Viejo no cayó. Se levantó de la silla, le aventó al hombre lo que había en el escritorio y peleó con él a mano limpia. Al agresor le mordió la mano. # cite: time
# music: dread
En la azotea, Melquíades Benítez apunta su rifle a la ventana del estudio. Hansen le grita que no dispare: podría darle al Viejo. # cite: pat
{
- hutches.followed:
    Estás en la biblioteca cuando llega, a dos cuartos del estudio, y durante un segundo larguísimo no puedes moverte. # invented
- role == teamster:
    Ya vas corriendo desde la cochera antes de saber que lo decidiste. # invented
- role == student:
    Se te caen las hojas. El viento las lleva por el patio como pájaros. # invented
- else:
    Lo oyes desde la calle, por encima del muro, y enseguida los agentes de la caseta te están gritando, y tú a ellos. # invented
}
-> struggle

= struggle
# scene: dining
# ambience: house
El Viejo sale del estudio al comedor, sin lentes, con sangre en la cara. # cite: pat
«¡Mira lo que me han hecho!» es una de las frases que se recuerda que dijo. # class: quote # cite: pat
Natalia llega hasta él. Salen juntos hacia el balcón, y ahí él se desploma en el piso. # cite: pat
Harold Robins es el primero en entrar al estudio. Encuentra al visitante de pie con una pistola, le pega en la cabeza con la cacha de su revólver y le quita la pistola. # cite: pat
Hansen y Cornell bajan de la azotea y entran al estudio, y golpean al agresor. # cite: pat
Time nombraría también a Jake Cooper entre los que lo sujetaron. # cite: time
En el forcejeo, a Hansen se le rompe la mano derecha. # cite: pat
Ahora el hombre grita, una y otra vez, que tienen presa a su madre. # cite: pat
Les ruega a los guardias que lo maten. # cite: sf_examiner_1940
- (minutes)
* {minutes < 3} [Llegar hasta el Viejo y Natalia.]
    Te arrodillas un poco apartado, porque no hay lugar más cerca. Natalia está inclinada sobre él. Lo que le dice es en ruso, y no es para ti. Ofreces un pañuelo limpio, y alguien lo toma. # invented
    ~ raise(trust_natalia, 1)
    -> minutes
* {minutes < 3} [Ir a la puerta del estudio.]
    # scene: study
    Hay papeles por todas partes. Los guardias tienen al hombre en el suelo. Nadie te necesita ahí, y te alegra. # invented
    Sobre el escritorio, intacta, está la pequeña pistola automática del Viejo. Nadie apretó el botón de alarma que está junto a ella. # cite: pat
    -> minutes
* {minutes < 3} {role == mexican} [Traer a los agentes de la caseta.]
    # scene: gate
    Tú mismo los metes corriendo por las puertas de acero, a los tres, con las botas resonando en las losas. Uno es Rosales, y está blanco como el papel. # invented
    ~ raise(trust_police, 1)
    -> minutes
* {minutes < 3} {role == teamster} [Sacar un coche a la calle, listo para salir.]
    # scene: gate
    # sfx: car_engine
    Sacas el Ford en reversa al camino, con las puertas abiertas y el motor encendido, para que lo que venga después no tenga que esperarte. # invented
    -> minutes
* {minutes < 3} {role == student} [Juntar del piso del estudio las hojas mecanografiadas para la policía.]
    # scene: study
    Recoges solo lo que está cerca de la puerta, las hojas del artículo, y las sostienes por las orillas para quien las vaya a querer. No puedes leer ni una palabra. # invented
    -> minutes
+ [Cuidar la puerta. Nadie entra ni sale.]
    # scene: gate
    Te recargas de espaldas contra la reja interior. Es lo único para lo que te prepararon, y lo haces. # invented
    -> words

= words
# scene: dining
Lo que el Viejo dijo en el piso lo repetirían los testigos toda la vida, y no siempre con las mismas palabras. # cite: sa
Al principio creyó que le habían disparado. Le dijo a Natalia que en el estudio había sentido que ese hombre podía matarlo. # cite: deu
Dijo, según algunos relatos, que esta vez sí lo habían conseguido; según otro, que no sobreviviría a este ataque. # cite: sa
Y a los guardias les dijo que no había que matar al hombre. En las palabras que más se imprimieron: tiene que hablar. # class: quote # cite: han40
La revista Time le hizo decir que ese hombre tenía una historia que contar. # cite: time
Después, cuando te pregunten qué oíste, vas a decir: # invented
* [—No lo maten. Tiene que hablar.]
    Lo vas a contar así, como lo imprimió el periódico del partido, porque suena a él: aun entonces, pensando en las pruebas. # invented
* [—Este hombre tiene una historia que contar.]
    Lo vas a contar como lo hizo la revista, y siempre habrá alguien que te diga que no fue así. # invented
* [Que estabas demasiado lejos para oír.]
    Vas a decir que estabas demasiado lejos, y será lo más cierto que digas de aquel día. # invented
- # scene: gate
Pidió que mantuvieran a Seva lejos de ahí. # cite: sa
# sfx: footsteps
Pero Seva viene llegando justo ahora de la escuela. Pasa junto a un guardia con la pistola desenfundada en la entrada, ve al hombre golpeado, ve a su abuelo en el piso, y se lo llevan de ahí. # cite: ev
* [Ir con Seva.]
    Alguien ya lo llevó a los cuartos del fondo. Te sientas en el escalón afuera de la puerta. Él no sale, y tú no entras. Ninguno de los dos lo mencionará jamás. # invented
    ~ raise(trust_seva, 1)
* [Quedarte con los guardias.]
    Te quedas con los guardias. Nadie dice mucho. Alguien prende un cigarro y se olvida de él. # invented
    ~ raise(trust_guards, 1)
- -> police

= police
# scene: gate
# ambience: street
La policía entra por la cochera. Al hombre lo detienen. # cite: ss
En el bolsillo trae una carta en francés, escrita a máquina. Lo presenta como un seguidor desencantado del Viejo, que se volvió contra él por lo que vio. # cite: ss
Además del piolet, había traído un puñal y una pistola. # cite: axe
{
- role == mexican:
    Como hablas español y estabas ahí, el sargento quiere tu nombre y dónde estabas parado. Le das las dos cosas. Te das cuenta de que las manos no te tiemblan nada mientras hablas, y luego sí. # invented
- role == teamster:
    Un policía pregunta de quién es ese Buick, el que está junto al muro. Se lo dices. Lo anota, y luego te lo vuelve a preguntar, como si la respuesta pudiera cambiar. # invented
- else:
    Un detective te recibe las hojas, sosteniéndolas por las orillas como tú, y asiente como si hoy hubieras hecho una cosa bien. # invented
    Te pregunta de qué trataba el artículo. Se lo dices: de si la Unión Soviética sigue siendo un Estado obrero. Lo anota, con el ceño fruncido, como si fuera el nombre de un cómplice. En cierto modo, piensas, lo es: el hombre entró por esa discusión como por una puerta que alguien dejó abierta. # invented
}
-> waiting

= waiting
# scene: gate
Alguien llama por teléfono a una ambulancia. Después ya solo queda esperar, y cada quien se busca algo que hacer. # invented
* [Traer una almohada y una cobija de la casa.]
    Las llevas hasta la puerta del comedor, y alguien te las recibe sin levantar la vista. Nunca sabrás si las usaron. # invented
* [Despejar el paso por la cochera para una camilla.]
    Arrastras los tablones de los albañiles fuera del pasillo y te quedas junto a las puertas de acero, listo para abrirlas. # invented
* [Subir a la torre a vigilar el camino.]
    # scene: tower
    La ves mucho antes de oírla: una forma clara, lejos, en el camino de tierra, lenta, dando tumbos en los baches. Gritas hacia abajo que ya viene, y tu voz no parece la tuya. # invented
- -> ambulance

= ambulance
# time: dusk
# scene: street
# sfx: ambulance_bell
# music: grief
Una ambulancia de la Cruz Verde, el hospital de urgencias de la ciudad, baja por el camino de tierra a recogerlo. # cite: pat
Está consciente. Tiene paralizado el lado izquierdo. A Natalia le dice que ya se siente mejor. # cite: pat
A Hansen le dice que el hombre era un asesino político: «La GPU o un fascista. Lo más probable, la GPU». # class: quote # cite: pat
Hansen va con él, y la ambulancia da la vuelta hacia la ciudad. # cite: pat
Las puertas de acero se cierran detrás de ella. Todo aquello en torno a lo cual se construyó esta casa acaba de irse. # invented
* [Seguirlos al hospital con los demás.]
    # sfx: car_engine
    Los coches van detrás en fila, con las luces encendidas en el atardecer. En el tuyo nadie dice nada hasta llegar a la ciudad. # invented
* [Quedarte a cuidar la casa.]
    Alguien tiene que quedarse. Subes a la torre. Desde ahí arriba el camino está vacío, y los reflectores de los muros se encienden solos al oscurecer. # invented
    ~ raise(trust_guards, 1)
* {role == mexican} [Ir a la delegación con la policía.]
    Vas en el asiento de atrás de la patrulla, con tu declaración doblada en el bolsillo. En la Cruz Verde al detenido lo meten cargado por otra puerta. # invented
- -> role_evening

= role_evening
{
- role == teamster: -> teamster_evening
- role == student: -> student_evening
- else: -> mexican_evening
}

= teamster_evening
# scene: gate
# time: night
# ambience: night
Cuando regresas a Avenida Viena, el Buick sigue estacionado junto al muro donde él lo dejó, con un policía sentado adentro escribiendo a la luz de una linterna. # invented
Tú manejaste ese coche en junio, con el codo afuera de la ventanilla, y pensaste que era un juguete de rico. # invented
Piensas en don Refugio en su banco de trabajo, diciendo que los que manejan las cosas pueden pararlas. Tú no paraste nada. Nadie aquí habría podido, tal como se manejaba la casa; saberlo no te sirve de nada. # invented
* [Decirle al policía que tú manejaste ese coche en junio.]
    Lo anota con cuidado, tu nombre, las fechas y la palabra «cochera», y te da las gracias. No tienes idea de si le va a importar a alguien. # invented
    ~ raise(trust_police, 1)
* [Dejarlo con su libreta.]
    Pasas sin decir palabra, te encierras en la cochera con el Ford y limpias bujías que no necesitan limpieza hasta que se te calman las manos. # invented
- -> guardroom

= student_evening
# scene: library
# time: night
# ambience: house
La biblioteca está exactamente como estaba a las cinco. La caja de cilindros está en la mesa. Las cartas que corregiste están en su pila, esperando firmas que esta noche no van a llegar. # invented
La exposición para el tribunal, terminada apenas ayer, nombra uno por uno a los hombres detrás del asalto de mayo. Quien haya mandado a este hombre no esperó a leerla. # invented
* [Apuntar todo lo que viste, minuto a minuto, mientras todavía puedes.]
    Lo escribes en el reverso de copias al carbón viejas: el Buick, el impermeable, el grito, las hojas en el suelo. Le pones hora a todo y luego la tachas, porque no estás seguro de ninguna. # invented
    ~ known += k_jacson_story
* [Empezar una carta a Miriam, y romperla.]
    Querida Miriam: # class: letter # invented
    Hasta ahí llegas. No se te ocurre ninguna frase para seguir que puedas mandar a Nueva York. # invented
- -> guardroom

= mexican_evening
# scene: street
# time: night
# ambience: street
Al oscurecer los vecinos están al final del camino de tierra: mujeres del río, niños que ya deberían estar dormidos, los hombres de la panadería. Te preguntan a ti, porque eres uno de ellos, lo que los gringos no les quieren decir. # invented
Detrás de ellos bajan reporteros por el camino, y la policía los detiene en la caseta. Alguien ya les contó a los periódicos una docena de historias distintas. # invented
* [Contarles a los vecinos lo que viste.]
    Se los dices claro, en español: una visita, un amigo de la casa, atacó al viejo en su estudio; está vivo; se lo llevaron a la Cruz Verde. Una mujer dice «¡Pobre viejo!», otra le dice que rece, y rezan. # invented
    ~ raise(trust_lt, 1)
* [No decir nada y volver a entrar por las puertas de acero.]
    No dices nada. Este verano aprendiste lo que hacen los periódicos con las palabras. La reja se cierra detrás de ti, y por una vez te alegra. # invented
    ~ known += k_comintern_press
- -> guardroom

// ---------- Late that night: shared ----------
= guardroom
# scene: guardroom
# time: night
# ambience: night
Ya tarde, los que no están en el hospital terminan en el cuarto de guardia, y la plática vuelve siempre a la misma pregunta: ¿se pudo haber evitado? # invented
* [Decir que debieron revisarlo, con regla o sin ella.]
    Por un momento el cuarto está contigo. Luego alguien dice lo que todos saben: que habría sido desobedecer al Viejo en su propia puerta, y que ninguno de ustedes lo habría hecho. # invented
* [Decir que él nunca lo habría permitido.]
    Nadie te lo discute. Es el peor consuelo, el que resulta ser cierto. # invented
* [No decir nada, y escuchar.]
    La discusión da vueltas alrededor de la mesa sin ti, como las seguirá dando durante años, en cartas, en reuniones y en libros. # invented
- Ese otoño Joe Hansen plantearía la pregunta por escrito, «¿Pudimos haberlo evitado?», y la respondería con las negativas del propio Viejo. # cite: han40
-> roof

= roof
# scene: tower
Antes de acostarte subes a la azotea. Las herramientas siguen donde cayeron cuando llegó el grito: pinzas, alambre, cinta. # invented
En algún lugar más allá de los campos oscuros, en el resplandor de la ciudad, está la Cruz Verde. # invented
* [Enrollar el alambre y guardar las herramientas en su caja.]
    Enrollas el alambre en vueltas parejas sobre el codo y acomodas todo en la caja junto a la escalera de la torre. Te parece importantísimo que lo que empezaron aquí arriba se termine. # invented
* [Dejar todo exactamente donde está.]
    Las pinzas se quedan abiertas sobre el pretil, donde cayeron. No sabrías decir por qué, salvo que guardarlas sería aceptar que la tarde ya terminó. # invented
- -> close

= close
# ambience: night
Los conejos ya comieron. Las conejeras están cerradas: él mismo las cerró antes de entrar. # cite: deu # pause
-> ch7_death
