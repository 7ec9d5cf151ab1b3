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
{classroom_cut: -> afternoon_by_role}
Pasas junto a las conejeras con dos tazas de café del cuarto de guardia{trust_lt >= 3:, y él levanta la vista como si te esperara}. # invented
* [Darle los buenos días.]
    Te contesta con una inclinación de cabeza y una palabra, y vuelve a sus conejos. Te lo llevas contigo hasta la torre. # invented
    ~ raise(trust_lt, 1)
* (held) [Sostenerle las puertas de alambre mientras llena los comederos.]
    Le sostienes cada puerta mientras él recorre la hilera. Revisa a cada animal como si tuviera algo que informarle. Ninguno de los dos habla, y no se siente como un silencio. # invented
* (gave_room) [Dejarle espacio y dar la vuelta larga por el gallinero.]
    Un hombre que vive rodeado de guardias merece unos minutos al día sin que nadie lo vigile. Le das lo que puedes. # invented
- Luego se quita los guantes y entra a trabajar. # cite: deu
-> roster

= roster
# scene: guardroom
# ambience: house
# time: day
El rol de agosto, clavado por dentro de la puerta del cuarto de guardia, enumera las tareas junto a los turnos: cortar lona para costales, sacar el cascajo, montar la sirena y los reflectores, probar los timbres. # cite: sch
Junto a tu nombre, esta mañana, alguien escribió a lápiz «varios»{house ? night_rota:, debajo de los descansos escalonados que pediste}, que quiere decir lo que nadie más tiene tiempo de hacer. # invented
* (canvas) [Cortar lona para costales de arena.]
    A la sombra del muro cortas lona hasta que se te ampolla la palma, y tratas de no pensar en lo que esos costales tienen que detener. # invented
* (barrow) [Sacar en carretilla el cascajo de los albañiles hasta el camino.]
    Este mes unos albañiles le están levantando un segundo piso a los cuartos de los guardias. # cite: sch
    Sacas ladrillo roto y costales de cal vacíos hasta el camino, y cada viaje quiere decir la puerta de afuera, la torre, y otra vez la puerta. # invented
* [Probar los timbres en los cuartos de los guardias.]
    Vas de cuarto en cuarto, apretando el botón y escuchando. {house ? alarm_tested:El que empalmaste a mediados de mes contesta enseguida; otro|Un timbre} contesta un instante tarde, y lo apuntas. Desde mayo, aquí nadie confía en un timbre sin probarlo. # invented
    ~ house += alarm_tested
- -> lawyer

= lawyer
# scene: gate
Según un relato, hacia la una llega un abogado por el asunto de la demanda por difamación contra El Popular. # cite: ss
Toca en la puerta de la calle, y lo dejan entrar como ahora entran todos: un guardia en cada puerta. # invented
* (outer) [Tomar la puerta de afuera, pistola en mano.]
    Abres la puerta de acero con el arma desenfundada, y un señor de buen traje la mira, luego te mira a ti, y levanta su portafolios como si fuera un pasaporte. Te sientes ridículo, y no guardas la pistola. # invented
* (button) [Tomar la torre y accionar el botón de la reja interior.]
    # scene: tower
    Desde la torre ves la calle entera: la caseta de policía, el cauce seco del río, el sombrero del abogado. Aprietas el botón, y abajo la reja se abre. # invented
- Después de comer, el Viejo descansa un poco y luego le dicta al dictáfono en el estudio. # cite: ss
-> siesta

= siesta
# scene: tower
# sfx: hammer
En la azotea, junto a la torre principal, Joe Hansen, Charles Cornell y Melquíades Benítez conectan la sirena nueva al sistema de alarma. # cite: han40
{classroom_cut: -> afternoon_by_role}
* [Subir una cubeta de agua por la escalera hasta la azotea.]
    Los tres hombres beben del cucharón por turnos y vuelven derecho a los cables. # invented
    ~ raise(trust_guards, 1)
* (slept) [Dormir una hora en un catre del cuarto de guardia.]
    Te acuestas con las botas puestas, nada más para descansar los ojos, y despiertas con el chasquido de las pinzas en el alambre sin saber qué día es. # invented
* [Leer los periódicos viejos que alguien guarda en la mesa de la guardia.]
    Alguien guardó en una pila los periódicos comunistas de la primavera, para contestarles algún día. El asalto de mayo lo montó el propio Trotsky, decían: un autoasalto, para ganarse la compasión. # cite: comintern
    {known ? k_comintern_press:Ya lo habías leído todo, y no está menos seguro de sí mismo ahora.|Lees el mismo párrafo dos veces, de tan seguro que está de sí mismo.} # invented
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
El Ford de la casa ha vuelto a toser en las subidas, y tú tienes el carburador desarmado sobre un trapo junto al muro de la cochera. # invented
{classroom_cut: -> t_work}
Es la mejor hora del día en la cochera, sin nadie a quien haya que llevar a ningún lado. # invented
- (t_work)
* (carb) {t_work < 3} [Terminar el carburador antes de que se vaya la luz.]
    Pones las espreas en fila y las sopleteas una por una. Es un trabajo lento y cuidadoso, de los que te permiten dejar de pensar. # invented
    # sfx: car_engine
    Para las cinco el motor da vuelta, prende y se asienta en un ruido en el que puedes confiar. # invented
    ~ raise(trust_guards, 1)
    {classroom_cut: -> arrival}
    -> t_work
* (cable) {t_work < 3} [Pasarles cable a los de la azotea.]
    Cornell se asoma por el pretil y pide el rollo de alambre que está junto a la escalera de la torre. Se lo subes con una cuerda, y luego las pinzas, y luego la cinta. # invented
    La sirena es una cosa más que la casa aprendió desde mayo: un sonido capaz de llegar a la vez a la caseta de policía, a los vecinos y a todo Coyoacán. # cite: han40
    {classroom_cut: -> arrival}
    -> t_work
* {t_work < 3} [Escribir la carta que le debes a tu mamá.]
    ~ letters_home++
    Querida mamá: el coche ya anda otra vez, y yo también. Estamos poniendo una sirena en la azotea, tan fuerte que despertaría a Minneapolis. No te preocupes por lo que dicen los periódicos. Aquí nadie se preocupa. # class: letter # invented
    Lo último es mentira. # invented
    {classroom_cut: -> arrival}
    -> t_work
+ [Limpiarte las manos y salir a la puerta.]
    -> builders

// ---------- The Student: the library ----------
= student_afternoon
# scene: library
# ambience: house
# sfx: dictaphone
La larga exposición para el tribunal mexicano quedó terminada ayer. # cite: lt_cgpu
{classroom_cut: -> s_work}
Hoy los cilindros del dictáfono salen del estudio en una caja, y las mecanógrafas los convierten en cartas. # invented
Bob se sentaba en la esquina de tu escritorio, leía tu correo al revés y discutía con él. Desde junio{known ? k_harte_past:, y desde la placa,} no apoyas los codos en esa esquina, sin haberlo decidido nunca. # invented
- (s_work)
* (read_statement) {s_work < 3} [Leer la exposición terminada para el tribunal.]
    «La Comintern y la GPU» sigue página tras página: cómo se organizó el asalto de mayo, quién estaba detrás, cómo la prensa comunista lo llamó primero un autoasalto. Está escrita para un juez, y se lee como una acusación de fiscal. # cite: lt_cgpu
    ~ known += k_comintern_press
    {classroom_cut: -> arrival}
    -> s_work
* (french) {s_work < 3} [Revisar el francés de una carta a París.]
    Tu francés es mejor en papel que en voz alta. Marcas a lápiz dos comas y un tiempo verbal equivocado, y durante un cuarto de hora te sientes útil como te lo imaginabas al venir. # invented
    {classroom_cut: -> arrival}
    -> s_work
* {s_work < 3} [Escribirle a Miriam sobre Bob.]
    ~ letters_home++
    Querida Miriam: ayer terminaron la larga exposición. Bob está en ella, como prueba. No dejo de pensar que lo habría odiado, y luego que habría estado orgulloso. # class: letter # invented
    {classroom_cut: -> arrival}
    -> s_work
+ [Sacar las hojas terminadas al patio para leerlas al sol.]
    -> builders

// ---------- The Mexican comrade: the street ----------
= mexican_afternoon
# scene: street
# ambience: street
Pasas la tarde del lado de afuera del muro, donde más sirves. # invented
{classroom_cut: -> m_work}
Tu mamá te pidió que fueras a tomar café, y se lo prometiste. # invented
- (m_work)
* {m_work < 3} [Comprar verdura para los conejos en el mercado.]
    # scene: market
    # ambience: market
    La señora del puesto de verduras sabe adónde va la lechuga y te regala las hojas de afuera. «Para los conejos del viejito», dice, y no te acepta la moneda. # invented
    ~ raise(trust_lt, 1)
    {classroom_cut: -> arrival}
    -> m_work
* {m_work < 3} [Quedarte en la caseta mientras prueban la sirena.]
    El agente Rosales{trust_police >= 3:, que ahora te cuenta todo,} quiere saber qué tan fuerte va a sonar. Le dices que lo bastante para que la oiga el inspector en el centro. Dice que el inspector no ha oído nada en toda su vida. # invented
    La guardia de policías afuera de la casa es el triple de la que había en mayo. Rosales dice que también está el triple de aburrida. # cite: han40
    ~ raise(trust_police, 1)
    {classroom_cut: -> arrival}
    -> m_work
* (coffee) {m_work < 3} [Pasar a tomar café con tu mamá.]
    # ambience: house
    Tu mamá tiene el radio prendido. Le baja para preguntarte por tus pies, por tu comida y si el ruso ya le pagó a alguien. Le dices que nadie cobra, y te mira como si le hubieras confesado algo. # invented
    {classroom_cut: -> arrival}
    -> m_work
+ [Regresar a la puerta.]
    -> builders

// ---------- Towards five: shared ----------
= builders
{classroom_cut: -> arrival}
# scene: gate
# ambience: garden
Poco antes de las cinco, los albañiles del piso nuevo de los guardias dejan las cucharas. # invented
Para salir ahora hace falta el visto bueno del guardia de la torre, igual que para entrar. # cite: sch
* (counted) [Contarlos uno por uno al salir por las puertas.]
    ~ watchful++
    Los cuentas con los dedos conforme pasan: los mismos que entraron en la mañana. En abril, a nadie en esta casa se le habría ocurrido. # invented
* (saw_off) [Dejarle la cuenta a la torre y despedirlos.]
    Son hombres del barrio, con cal hasta las rodillas, y se despiden de ti como si fueras de la cuadrilla. # invented
- -> tea

= tea
# scene: patio
Hacia las cinco, el Viejo y Natalia toman el té juntos. # cite: volk
* [Llevar la charola desde la cocina.]
    La llevas con cuidado, la tetera y dos tazas, y la dejas sin que suene nada. Natalia te da las gracias en francés{trust_natalia >= 3:, y por tu nombre}. # invented
    ~ raise(trust_natalia, 1)
* (away) [Mantenerte lejos y dejarles su cuarto de hora.]
    Te buscas algo que hacer en el otro extremo del recinto y no miras hacia la casa. Un cuarto de hora sin nadie que escuche es lo más raro que tienen los dos. # invented
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
{watchful >= 2: El mismo sombrero y el mismo impermeable del sábado, bajo el mismo cielo sin nubes. Lo notaste entonces; lo notas ahora; notarlo es todo lo que la casa te deja hacer. # invented}
{
- lawyer.outer:
    A la una le sacaste la pistola a un abogado en esta puerta. A este hombre nadie lo recibe con pistola. # invented
- lawyer.button:
    A la una apretaste el botón para un abogado; ahora la reja se abre igual de fácil para este hombre. # invented
}
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
* (wrote_him) {house ? visitor_log} [Anotarlo en el libro.]
    Escribes el nombre y una hora, las cinco y veintitantos, con una letra no del todo firme. Después, cuando la policía pida el libro, la última línea será la tuya. # invented
    {classroom_cut: -> hutches}
    -> at_door
* [Pedir que le revisen el impermeable antes de que siga.]
    ~ watchful++
    Lo dices medio en broma: un impermeable así, en un día como este, hay que revisarlo. # invented
    Nadie se ríe, y nadie se mueve. A un amigo de la casa no se le esculca como a un sospechoso: es la regla del Viejo, y este entra y sale de la casa desde mayo. # pushback: search_jacson # cite: han40
    ~ proposals_refused++
    {classroom_cut: -> hutches}
    -> at_door
* [Comentarle lo del impermeable al que está a tu lado.]
    ~ watchful++
    El que está a tu lado se encoge de hombros. En agosto las tardes cambian rápido, y un hombre de negocios es un hombre de negocios. # invented
    {classroom_cut: -> hutches}
    -> at_door
+ [Dejarlo seguir al jardín.]
    -> hutches

= refuse
Lo dices claro: hoy no. Que lo despidan, o que espere en la puerta hasta que alguien le pregunte al Viejo. # invented
El propio Viejo le pidió a Jacson que volviera con el artículo corregido. Los de la azotea lo conocen; los guardias lo conocen; ha estado entrando y saliendo desde mayo. No hay ninguna orden para dejarlo fuera, ni nada que alguien pueda señalar. # pushback: refuse_jacson_aug20 # cite: pat
~ proposals_refused++
* (went_after) [Ir tras él y no perderlo de vista.]
    Lo sigues por el patio a cierta distancia, lo bastante lejos para no ser grosero, lo bastante cerca para verle las manos. Las dos están sobre el impermeable. # invented
    -> hutches
* (let_go) [Dejarlo así.]
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
{not classroom_cut: Hansen, desde la azotea, lo describiría como largo y terrible, «mitad alarido, mitad sollozo». # class: quote # cite: han40}
En el estudio, el Viejo se había sentado a su escritorio a leer las hojas mecanografiadas. El hombre que estaba detrás de él sacó un piolet de donde lo traía escondido y con él golpeó al Viejo una vez, por detrás, en la cabeza. # cite: pat
{not classroom_cut: Dónde escondía el piolet se cuenta de dos maneras: bajo el impermeable que llevaba en el brazo, como dice la mayoría de los relatos, o colgado de un cordel bajo el saco. # cite: axe}
El Viejo no cayó. Se levantó de la silla, le aventó al hombre lo que había en el escritorio y peleó con él a mano limpia. Al agresor le mordió la mano. # cite: time
# music: dread
{not classroom_cut: En la azotea, Melquíades Benítez apunta su rifle a la ventana del estudio. Hansen le grita que no dispare: podría darle al Viejo. # cite: pat}
{
- hutches.followed:
    Estás en la biblioteca cuando llega, a dos cuartos del estudio, y durante un segundo larguísimo no puedes moverte. # invented
- refuse.went_after:
    Estás parado donde pudiste verle las manos hasta que la puerta del estudio se cerró sobre ellas. Eres el primero en moverte, y aun así llegas tarde. # invented
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
{not classroom_cut: Time nombraría también a Jake Cooper entre los que lo sujetaron. # cite: time}
{not classroom_cut: En el forcejeo, a Hansen se le rompe la mano derecha. # cite: pat}
Ahora el hombre grita, una y otra vez, que tienen presa a su madre. # cite: pat
Les ruega a los guardias que lo maten. # cite: sf_examiner_1940
{classroom_cut: -> words}
- (minutes)
* {minutes < 3} [Llegar hasta el Viejo y Natalia.]
    Te arrodillas un poco apartado, porque no hay lugar más cerca. Natalia está inclinada sobre él. Lo que le dice es en ruso, y no es para ti. Ofreces un pañuelo limpio, y alguien lo toma. # invented
    ~ raise(trust_natalia, 1)
    -> minutes
* (saw_desk) {minutes < 3} [Ir a la puerta del estudio.]
    # scene: study
    Hay papeles por todas partes. Los guardias tienen al hombre en el suelo. Nadie te necesita ahí, y te alegra. # invented
    Sobre el escritorio, intacta, está la pequeña pistola automática del Viejo. Nadie apretó el botón de alarma que está junto a ella. # cite: pat
    {house ? alarm_tested: Todos los timbres de la casa funcionan. Tú mismo los probaste. # invented}
    -> minutes
* {minutes < 3} {role == mexican} [Traer a los agentes de la caseta.]
    # scene: gate
    Tú mismo los metes corriendo por las puertas de acero, a los tres, con las botas resonando en las losas. Uno es Rosales, y está blanco como el papel. # invented
    ~ raise(trust_police, 1)
    -> minutes
* (car_out) {minutes < 3} {role == teamster} [Sacar un coche a la calle, listo para salir.]
    # scene: gate
    # sfx: car_engine
    Sacas el Ford en reversa al camino, con las puertas abiertas y el motor encendido, para que lo que venga después no tenga que esperarte. # invented
    -> minutes
* (pages) {minutes < 3} {role == student} [Juntar del piso del estudio las hojas mecanografiadas para la policía.]
    # scene: study
    Recoges solo lo que está cerca de la puerta, las hojas del artículo, y las sostienes por las orillas para quien las vaya a querer. No puedes leer ni una palabra. # invented
    -> minutes
+ (kept_gate) [Cuidar la puerta. Nadie entra ni sale.]
    # scene: gate
    Te recargas de espaldas contra la reja interior. Es lo único para lo que te prepararon, y lo haces. # invented
    -> words

= words
# scene: dining
Lo que el Viejo dijo en el piso lo repetirían los testigos toda la vida, y no siempre con las mismas palabras. # cite: sa
{not classroom_cut: Al principio creyó que le habían disparado. Le dijo a Natalia que en el estudio había sentido que ese hombre podía matarlo. # cite: deu}
{not classroom_cut: Dijo, según algunos relatos, que esta vez sí lo habían conseguido; según otro, que no sobreviviría a este ataque. # cite: sa}
Y a los guardias les dijo que no había que matar al hombre. En las palabras que más se imprimieron: tiene que hablar. # class: quote # cite: han40
La revista Time le hizo decir que ese hombre tenía una historia que contar. # cite: time
Después, cuando te pregunten qué oíste, vas a decir: # invented
* (must_talk) [—No lo maten. Tiene que hablar.]
    Lo vas a contar así, como lo imprimió el periódico del partido, porque suena a él: aun entonces, pensando en las pruebas. # invented
* (story) [—Este hombre tiene una historia que contar.]
    Lo vas a contar como lo hizo la revista, y siempre habrá alguien que te diga que no fue así. # invented
* (too_far) [Que estabas demasiado lejos para oír.]
    Vas a decir que estabas demasiado lejos, y será lo más cierto que digas de aquel día. # invented
- # scene: gate
Pidió que mantuvieran a Seva lejos de ahí. # cite: sa
# sfx: footsteps
Pero Seva viene llegando justo ahora de la escuela. Pasa junto a un guardia con la pistola desenfundada en la entrada, ve al hombre golpeado, ve a su abuelo en el piso, y se lo llevan de ahí. # cite: ev
* [Ir con Seva.]
    Alguien ya lo llevó a los cuartos del fondo. Te sientas en el escalón afuera de la puerta. {trust_seva >= 3:Todo el verano platicaste con él de la escuela; ahora no hay nada que decir, y te quedas de todos modos.|Él no sale, y tú no entras.} Ninguno de los dos lo mencionará jamás. # invented
    ~ raise(trust_seva, 1)
* [Quedarte con los guardias.]
    Te quedas con los guardias. Nadie dice mucho. Alguien prende un cigarro y se olvida de él. # invented
    ~ raise(trust_guards, 1)
- -> police

= police
# scene: gate
# ambience: street
{struggle.kept_gate: Tú mismo le abres a la policía las puertas de acero. # invented}
La policía entra por la cochera. Al hombre lo detienen. # cite: ss
{
- words.must_talk: Tiene que hablar, dijo el Viejo; ahora es la policía la que va a preguntar. # invented
- words.story: Una historia que contar, dijo el Viejo; ahora es la policía la que se la va a pedir. # invented
- words.too_far: Todavía no sabes qué dijo el Viejo en el piso. # invented
}
En el bolsillo trae una carta en francés, escrita a máquina. Lo presenta como un seguidor desencantado del Viejo, que se volvió contra él por lo que vio. # cite: ss
{known ? k_jacson_story: Todo el verano los guardias lo tuvieron por un hombre de negocios con tiempo de sobra. # invented}
{not classroom_cut: Además del piolet, había traído un puñal y una pistola. # cite: axe}
{arrival.wrote_him: El sargento pide el libro de visitas, y lee dos veces tu última línea. # invented}
{trust_police >= 3: Uno de los agentes de la caseta le dice al sargento, sin que nadie se lo pregunte, que tú eres de confianza. # invented}
{
- role == mexican:
    Como hablas español y estabas ahí, el sargento quiere tu nombre y dónde estabas parado. Le das las dos cosas. Te das cuenta de que las manos no te tiemblan nada mientras hablas, y luego sí. # invented
- role == teamster:
    Un policía pregunta de quién es ese Buick, el que está junto al muro. Se lo dices. Lo anota, y luego te lo vuelve a preguntar, como si la respuesta pudiera cambiar. # invented
- else:
    {struggle.pages:Un detective te recibe las hojas, sosteniéndolas por las orillas como tú, y asiente como si hoy hubieras hecho una cosa bien.|Un detective junta del piso del estudio las hojas mecanografiadas, sosteniéndolas por las orillas.} # invented
    {not classroom_cut: Te pregunta de qué trataba el artículo. Se lo dices: de si la Unión Soviética sigue siendo un Estado obrero. Lo anota, con el ceño fruncido, como si fuera el nombre de un cómplice. En cierto modo, piensas, lo es: el hombre entró por esa discusión como por una puerta que alguien dejó abierta. # invented}
}
-> waiting

= waiting
{classroom_cut: -> ambulance}
# scene: gate
Alguien llama por teléfono a una ambulancia. Después ya solo queda esperar. # invented
* [Traer una almohada y una cobija de la casa.]
    En la puerta del comedor alguien te las recibe sin levantar la vista. # invented
* (cleared) [Despejar el paso por la cochera para una camilla.]
    Arrastras los tablones de los albañiles fuera del pasillo{roster.barrow:, los mismos que anduviste cargando toda la mañana,}{builders.saw_off: donde los dejaron los hombres que despediste a las cinco,} y te quedas junto a las puertas de acero, listo para abrirlas. # invented
* [Subir a la torre a vigilar el camino.]
    # scene: tower
    La ves mucho antes de oírla, una forma clara dando tumbos en los baches, lejos, camino arriba. Gritas hacia abajo que ya viene. # invented
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
{waiting.cleared:Tú mismo cierras detrás de ella las puertas de acero.|Las puertas de acero se cierran detrás de ella.} Todo aquello en torno a lo cual se construyó esta casa acaba de irse. # invented
{classroom_cut: -> guardroom}
* (followed_amb) [Seguirlos al hospital con los demás.]
    # sfx: car_engine
    Los coches van detrás en fila{waiting.cleared:, por el pasillo que despejaste}, con las luces encendidas en el atardecer. {teamster_afternoon.carb:El Ford que compusiste esta tarde no tose ni una vez. }{struggle.car_out:El tuyo va primero; trae el motor encendido desde lo del estudio. }En el tuyo nadie dice nada hasta llegar a la ciudad. # invented
* (stayed_home) [Quedarte a cuidar la casa.]
    Alguien tiene que quedarse. Subes a la torre. Desde ahí arriba el camino está vacío, y los reflectores de los muros se encienden solos al oscurecer. # invented
    ~ raise(trust_guards, 1)
* (with_police) {role == mexican} [Ir a la delegación con la policía.]
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
{ambulance.stayed_home:Desde la torre ves el Buick todavía estacionado junto al muro donde él lo dejó|Cuando regresas a Avenida Viena, el Buick sigue estacionado junto al muro donde él lo dejó}, con un policía sentado adentro escribiendo a la luz de una linterna. # invented
Piensas en la huelga del 34, cuando los que manejaban las cosas las pararon. Tú no paraste nada. Nadie aquí habría podido, tal como se manejaba la casa; saberlo no te sirve de nada. # invented
* [Decirle al policía que tú manejaste ese coche en junio.]
    Lo anota con cuidado, tu nombre, las fechas y la palabra «cochera», y te da las gracias. No tienes idea de si le va a importar a alguien. # invented
    ~ raise(trust_police, 1)
* (left_him) [Dejarlo con su libreta.]
    Pasas sin decir palabra, te encierras en la cochera con el Ford y limpias bujías que no necesitan limpieza hasta que se te calman las manos. # invented
- -> guardroom

= student_evening
# scene: library
# time: night
# ambience: house
La biblioteca está exactamente como estaba a las cinco. La caja de cilindros está en la mesa. {student_afternoon.french:La carta a París con tus comas a lápiz está encima de la pila|Las cartas están en su pila}, esperando firmas que esta noche no van a llegar. # invented
La exposición para el tribunal, terminada apenas ayer, nombra uno por uno a los hombres detrás del asalto de mayo.{student_afternoon.read_statement: La leíste esta tarde al sol.} Quien haya mandado a este hombre no esperó a leerla. # invented
* [Apuntar todo lo que viste, minuto a minuto, mientras todavía puedes.]
    ~ watchful++
    Lo escribes en el reverso de copias al carbón viejas: el Buick, el impermeable, el grito, las hojas en el suelo. Le pones hora a todo y luego la tachas, porque no estás seguro de ninguna. # invented
    ~ known += k_jacson_story
* (tore) [Empezar una carta a Miriam, y romperla.]
    Querida Miriam: # class: letter # invented
    Hasta ahí llegas. {letters_home >= 3:Le has escrito todo el verano, y ahora no se te ocurre|No se te ocurre} ninguna frase para seguir que puedas mandar a Nueva York. # invented
- -> guardroom

= mexican_evening
# scene: street
# time: night
# ambience: street
{ambulance.with_police or ambulance.followed_amb:Cuando vuelves de la Cruz Verde, los|Al oscurecer los} vecinos están al final del camino de tierra: mujeres del río, niños que ya deberían estar dormidos, {mexican_afternoon.coffee:tu mamá con el rebozo sobre la cabeza|los hombres de la panadería}. Te preguntan a ti, porque eres uno de ellos, lo que los gringos no les quieren decir. # invented
Detrás de ellos vienen los reporteros, detenidos en la caseta. # invented
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
{ambulance.followed_amb or ambulance.with_police:De vuelta de la ciudad, ya tarde, encuentras a|Ya tarde,} los que no están en el hospital {ambulance.followed_amb or ambulance.with_police:en|terminan en} el cuarto de guardia{trust_guards >= 3:, donde te hacen lugar en la banca sin decir nada}. La plática vuelve siempre a la misma pregunta: ¿se pudo haber evitado? # invented
* [Decir que debieron revisarlo, con regla o sin ella.]
    {watchful >= 3:Les cuentas lo que viste: el impermeable del sábado, el impermeable de hoy. }{builders.counted:Contaste a los albañiles a las cinco, a todos, y a él nadie lo contó al entrar. }Por un momento el cuarto está contigo.{refuse.let_go: Lo dijiste en la puerta, y luego lo dejaste así.} Luego alguien dice lo que todos saben: que habría sido desobedecer al Viejo en su propia puerta, y que ninguno de ustedes lo habría hecho. # invented
* [Decir que él nunca lo habría permitido.]
    Nadie te lo discute.{struggle.saw_desk: Piensas en la pistolita sobre su escritorio, y en el botón que nadie apretó.} Es el peor consuelo, el que resulta ser cierto. # invented
* [No decir nada, y escuchar.]
    La discusión da vueltas alrededor de la mesa sin ti, como las seguirá dando durante años, en cartas, en reuniones y en libros. # invented
- {proposals_refused >= 2: Ya lo habías pedido antes, y te dijeron que no, y todos en el cuarto lo recuerdan. # invented}
{student_evening.tore: Piensas en la carta a Miriam que rompiste. # invented}
{teamster_evening.left_him: Por la ventana, la linterna del policía todavía se mueve dentro del Buick. # invented}
Ese otoño Joe Hansen plantearía la pregunta por escrito, «¿Pudimos haberlo evitado?», y la respondería con las negativas del propio Viejo. # cite: han40
-> roof

= roof
{classroom_cut: -> close}
# scene: tower
Antes de acostarte subes a la azotea. Las herramientas siguen donde cayeron cuando llegó el grito: pinzas, {teamster_afternoon.cable:el alambre que subiste con una cuerda|alambre}, cinta.{siesta.slept: Esta tarde te quedaste dormido con el chasquido de esas pinzas.}{roster.canvas: La palma, ampollada por la lona de esta mañana, apenas ahora empieza a dolerte.} # invented
* [Enrollar el alambre y guardar las herramientas en su caja.]
    Enrollas el alambre en vueltas parejas sobre el codo y acomodas todo en la caja junto a la escalera de la torre. Te parece importantísimo que lo que empezaron aquí arriba se termine. # invented
    ~ raise(trust_guards, 1)
* [Dejar todo exactamente donde está.]
    Las pinzas se quedan abiertas sobre el pretil, donde cayeron. No sabrías decir por qué, salvo que guardarlas sería aceptar que la tarde ya terminó. # invented
- -> close

= close
# ambience: night
{
- morning.held:
    Esta mañana le sostuviste las puertas de alambre mientras llenaba los comederos. # invented
- tea.away:
    A las cinco les dejaste a los dos su cuarto de hora. De eso, al menos, te alegras. # invented
- morning.gave_room:
    Esta mañana, en las conejeras, le dejaste unos minutos sin nadie que lo vigilara. Fue todo lo que pudiste darle. # invented
}
Los conejos ya comieron. Las conejeras están cerradas: él mismo las cerró antes de entrar. # cite: deu # pause
-> ch7_death
