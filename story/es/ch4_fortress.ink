// Chapter 4: the fortress summer, late June – mid August 1940 (record.md §3.4, §3.5, §5.2).
// Spine beat here: fortress_summer_1940 (in the opening, which every path passes).
// The historical measures are added on every path in the opening; player proposals only in the debate stitch.
=== ch4_fortress
# checkpoint: ch4_fortress
# scene: patio
# time: day
# music: house
# ambience: garden
# sfx: hammer
Verano de 1940. Ahora la casa de Avenida Viena despierta con martillazos, no con las gallinas. # invented
Cada mañana entran por la cochera albañiles y peones con sus herramientas y su almuerzo envuelto en una servilleta. Los guardias trabajan junto a ellos. # cite: sch
~ house += (steel_doors, towers, siren, wire_lights, shutters, police_tripled, redoubt)
Mes con mes, la quinta se vuelve una fortaleza: puertas de acero, torres nuevas, contraventanas blindadas, alambre y reflectores en los muros, una sirena, un reducto y el triple de policías afuera. Y aun así, las visitas conocidas entran sin que nadie las revise. # record: fortress_summer_1940 # cite: han40
* (saw_door_down) [Ver cómo tiran la vieja puerta de madera.]
    La vieja puerta de madera que cuidaba Bob sale de sus goznes en dos pedazos. Nadie dice nada. Un trabajador recarga las dos mitades contra la pared y regresa por las bisagras. # invented
* [Cargar ladrillos para los albañiles.]
    Cargas ladrillos de la calle hasta los albañiles hasta que te arden los hombros. Un albañil te pregunta qué hizo el señor para necesitar muros como de cárcel. Le dices que escribió libros. Se ríe como si le hubieras contado un chiste. # invented
    ~ raise(trust_guards, 1)
* (asked_money) [Preguntar quién paga todo esto.]
    El dinero viene de simpatizantes y militantes de la Cuarta Internacional, sobre todo del Partido Socialista de los Trabajadores (SWP) de Estados Unidos. # cite: han40
    Te lo imaginas: un dólar por aquí, cinco por allá, un sombrero que pasa de mano en mano en locales sindicales y salas de reunión heladas. # invented
    El acero de esa puerta lo pagó gente que nunca lo va a ver. # invented
- -> tour

= tour
# scene: gate
# time: day
# ambience: street
Joe Hansen está a cargo de la seguridad. # cite: han40
Lleva a los guardias nuevos a recorrer las obras, y tú te les pegas. # invented
- (tour_loop)
* (saw_door) [La puerta.]
    # sfx: steel_door
    La entrada de la cochera es ahora un par de puertas de acero, con interruptores eléctricos. # cite: han40
    Para entrar hacen falta dos guardias. Uno, con la pistola desenfundada, abre la puerta exterior, la de la calle. Luego el guardia de la torre aprieta un botón y se abre la puerta interior de reja que da al jardín. # cite: sch
    Para salir también hace falta el de la torre. Nunca más entra ni sale nadie de esta casa por decisión de un solo hombre. # cite: sch
    ~ house += two_guard_gate
    -> tour_loop
* (saw_towers) [Las torres.]
    Sobre los muros se levantan torres nuevas: la principal, encima de la entrada de la cochera, con troneras angostas para disparar. Entre ellas sigue en pie la vieja torre alta de estuco que venía con la propiedad. # cite: sch
    Hansen escribirá que hay tres torres nuevas a prueba de balas; las notas de Schnautz cuentan dos nuevas y la vieja. Las fuentes no coinciden en el número. # class: note # cite: han40
    ~ raise(trust_guards, 1)
    -> tour_loop
* (saw_bedroom) {not classroom_cut} [La recámara.]
    A la recámara por donde entraron las balas le están poniendo puertas blindadas de acero y contraventanas de acero. # cite: han40
    Las ventanas que dan a la calle, en el comedor, el estudio y la cocina, quedan en parte tapiadas con ladrillo; solo se dejan aberturas en lo alto del muro para que entre la luz. # cite: han40
    Piensas en Seva debajo de su cama, a oscuras, y pones los ladrillos un poco más derechos. # invented
    ~ raise(trust_seva, 1)
    -> tour_loop
* (saw_redoubt) {not classroom_cut} [El reducto, el alambre y los reflectores.]
    Se construye un reducto con techo y piso a prueba de bombas, un lugar donde resistir si vuelven a saltar hombres por los muros. # cite: han40
    Se preparan alambradas de púas y redes contra bombas. Los muros se llenan de alambre y focos, los reflectores están listos y hasta se habla de una celda fotoeléctrica. # cite: han40
    -> tour_loop
* (saw_siren) [La sirena.]
    # sfx: siren
    Van a conectar una sirena al sistema de alarma, tan fuerte que despierte a todo Coyoacán, con timbres en los cuartos de los guardias. # cite: han40
    El trabajo avanza despacio: cable, escaleras, una prueba, una falla, otra prueba. En agosto todavía no está terminado. # cite: han40
    ~ house += alarm_tested
    -> tour_loop
* (saw_police) [La policía de afuera.]
    El gobierno triplicó la guardia de policías en la calle. Ahora hay hombres de uniforme en los dos extremos del muro, de día y de noche. # cite: han40
    De uniforme iban también los asaltantes. Nadie lo dice en voz alta. # invented
    ~ raise(trust_police, 1)
    -> tour_loop
+ [Basta de recorrido.]
- La casa que en primavera era una quinta es un búnker a mitad del verano. El Viejo da una vuelta por el patio al atardecer, mira la torre nueva y regresa a su estudio. # invented
-> guards

= guards
# scene: guardroom
# time: dusk
# ambience: house
Llegan guardias nuevos a cubrir los huecos. Para junio ya está Walter O'Rourke. # cite: sch
Henry Schnautz, «Hank», un estadounidense de veintinueve años, de Indiana, llega a la Ciudad de México el 1 de julio y entra de guardia el 12 de julio. Lleva un diario, y también las listas de turnos; por eso sabemos cómo eran tus días. # cite: sch
Ahora el día tiene forma. El turno de noche va de las siete de la tarde a la una de la mañana, con un descanso corto hacia las once para leche y bolillos. A veces un compañero mexicano llega a relevar el turno de la tarde. # cite: sch
{classroom_cut: -> guards_done}
La guardia en la torre es la más pesada: limpiar la torre, limpiar las armas y abrir la puerta a cada mandadero y a cada visita. Schnautz se queja de que no le queda tiempo para leer ni escribir. # cite: sch
En la pared del cuarto de guardia hay una lista de tareas, escrita a lápiz, tachada y vuelta a escribir. # cite: sch
Lona para costales de arena. Sacar la basura. Concreto. La sirena y los reflectores. Probar los timbres. Mandados al centro: la leche, la aduana, el coche que necesita compostura. Acompañar a Natalia a un concierto. # class: document # cite: sch
¿Cuál te toca esta semana?
* [Coser lona para costales de arena.]
    Te sientas a la sombra con una aguja de velero y un montón de lona, y coses costales hasta tener los dedos llenos de piquetes. Llenos, cada uno detiene una bala. Vacíos, son solo una bolsa. # invented
    ~ house += sandbags_early
* [Colar concreto con los albañiles.]
    Mezclas concreto con pala en una artesa, carretilla tras carretilla, para el piso del reducto{ch4_fortress.tour.saw_redoubt: que te enseñó Hansen|}. Al final del día estás gris de pies a cabeza. # invented
    ~ raise(trust_guards, 1)
* [Probar los timbres, cuarto por cuarto.]
    Vas de cuarto en cuarto apretando botones{ch4_fortress.tour.saw_siren: de la sirena|} mientras alguien en el cuarto de guardia grita «sí» o «no». Dos no funcionan. Encuentras el cable roto detrás del trinchador del comedor. # invented
    ~ house += alarm_tested
* [Acompañar a Natalia al centro.]
    {trust_natalia >= 3: Vas junto al chofer mientras Natalia va a un concierto. De regreso te habla de la música, en francés, como a un viejo amigo de la casa.|Vas junto al chofer con el saco abotonado encima de la pistola mientras Natalia va a un concierto. Ella te agradece la compañía como si hubieras ido por la música.} # invented
    ~ raise(trust_natalia, 1)
- Encima de los cuartos de los guardias, los albañiles están levantando un segundo piso, para que los nuevos tengan dónde dormir. # cite: sch
* (moved_up) [Subir tu catre al piso de arriba.]
    Subes tu catre por la escalera nueva cuando el aplanado todavía está húmedo. Arriba hace más fresco, y desde la ventana se ve, por encima del muro, el lecho del río y a las mujeres lavando. # invented
* [Quedarte en tu lugar de abajo.]
    Te quedas en tu lugar de siempre, abajo, frente al rincón donde estaba el catre de Bob. Ahora duerme ahí uno de los nuevos, buena gente, que ronca. {known ? k_harte_past: No le dices de quién era ese rincón, ni por qué.|No le dices de quién era ese rincón.} # invented
    ~ raise(trust_guards, 1)
- (guards_done)
{
- role == teamster: -> teamster_garage
- role == student: -> student_library
- else: -> mexican_street
}

= teamster_garage
# scene: gate
# time: day
# ambience: street
La cochera es tuya, más o menos. Los coches entran y salen por las puertas de acero, y alguien tiene que mantenerlos andando. # invented
Hay un Ford que necesita compostura, y está el Buick. # cite: sch
El Buick es de Frank Jacson. El 12 de junio pasó unos minutos por la casa, habló con el Viejo junto a las conejeras unos diez de ellos y dijo que tenía que ir a Nueva York por negocios. # cite: ss
Dejó el coche con los guardias, para que la casa lo usara mientras él no estaba. Jake Cooper, el otro de Minneapolis, lo llevó al aeropuerto. # cite: ss
~ known += k_jacson_story
* [Revisar el Buick.]
    Levantas el cofre. Es un buen coche, bien cuidado, con el aceite recién cambiado y bujías nuevas. {known ? k_harte_past: Un hombre que cuida su máquina. Desde lo de Bob miras dos veces a todos, y aun así te cae bien.|Un hombre que cuida su máquina, piensas. Te cae mejor por eso.} # sfx: car_engine # invented
    ~ known += k_jacson_story
* [Preguntarle a Cooper por el viaje al aeropuerto.]
    Piensas preguntarle a Jake Cooper por el viaje al aeropuerto, y no lo haces. Un aventón al aeropuerto es un aventón al aeropuerto. # invented
    ~ raise(trust_guards, 1)
* [Usarlo para los mandados, y agradecerlo.]
    Lo usas para los mandados y lo agradeces. Con los coches de la casa como están, un Buick es un regalo. # invented
    ~ raise(trust_guards, 1)
- {classroom_cut: -> debate}
Los mandados también te tocan a ti: la leche, la aduana, el taller del centro donde el Ford espera una pieza. # cite: sch
Los de la aduana quieren formularios por triplicado para cada paquete de libros que llega de Nueva York. # invented
# scene: market
# ambience: market
En el centro aprendes a estacionarte con el frente hacia la salida, a dejar el motor caliente, a mirar a cada hombre que mira el coche. # invented
* (varied_route) [Tomar una ruta distinta cada día.]
    Tomas una ruta distinta cada día y apuntas cuáles usaste, para no caer en una costumbre sin darte cuenta. # invented
* (made_friend) [Hacerte amigo del mecánico del centro.]
    El mecánico del centro es platicador. En una semana sabes cómo se llama su esposa, qué piensa de política y que no te vendería por cien pesos. Por mil, ya no está tan seguro. # invented
- # scene: tower
# time: night
# ambience: night
De regreso en la casa hay que tender cables, y tú eres al que no le dan miedo las escaleras. Están subiendo los reflectores a los muros y a la torre. # cite: han40 # invented
Corres el cable por lo alto del muro con un rollo de cinta entre los dientes y le pasas la punta al que está en el tablero. # invented
* [Apuntar el primer reflector a la calle.]
    Apuntas el primer reflector hacia Avenida Viena. Cuando se enciende, toda la calle salta de la oscuridad: los surcos, los muros de adobe, la caseta de la policía, un perro que se detiene y se queda mirando. # invented
    {trust_police >= 3: Un policía conocido se tapa los ojos con el brazo y te grita, riéndose, que vas a dejar ciega a la calle. Bajas el reflector un palmo.|Un policía de afuera se tapa los ojos con el brazo y grita una grosería en español. Bajas el reflector un palmo.} # invented
    ~ raise(trust_police, 1)
* [Apuntarlo al cauce del río.]
    Lo apuntas hacia el cauce seco del Churubusco, por donde pudieron llegar los asaltantes, o cualquiera. La luz recorre piedras, tendederos y un burro dormido. # invented
    Nada más. Lo dejas ahí. # invented
- {ch4_fortress.teamster_garage.varied_route: Desde la torre, con los reflectores encendidos, ves los caminos que tomas por turnos y cuánta oscuridad los rodea.|Desde la torre, con los reflectores encendidos, ves lo chica que es la casa y cuánta oscuridad la rodea.} # invented
Piensas en Bob, que no tenía más que una puerta de madera con barrotes y un sarape contra el frío. # invented
* [Revisar otra vez cada reflector antes de bajar.]
    Revisas otra vez cada reflector, y la caja de fusibles, y el cable donde cruza el canalón. Lo que falla una vez vuelve a fallar justo la noche en que importa. # invented
    ~ house += alarm_tested
* (slept) [Bajar a dormir un poco.]
    Bajas y duermes seis horas seguidas, por primera vez en una semana, con la luz de la torre tendiendo una franja brillante en el piso del cuarto de guardia. # invented
- # scene: guardroom
# time: day
# ambience: house
Al día siguiente los guardias vuelven a discutir sobre la disciplina. # invented
Algunos de los nuevos son mayores; tienen sus ideas sobre quién le da órdenes a quién. Los más jóvenes tienen sus ideas sobre si alguien debería darlas. # invented
* [Apoyar que haya un solo jefe de guardia.]
    {house ? night_rota: Señalas la lista de turnos en la pared: un solo hombre la hace, un solo hombre revisa la puerta, y todos lo obedecen en la guardia y discuten con él fuera de ella.|Dices lo mismo que después del asalto: un solo hombre hace la lista de turnos, un solo hombre revisa la puerta, y todos lo obedecen en la guardia y discuten con él fuera de ella.} # invented
    ~ house += night_rota
    ~ raise(trust_guards, 1)
* (kept_out) [No meterte y limpiar las armas.]
    Limpias las armas. La discusión sigue por encima de tu cabeza, dando vueltas como un camión atascado en un arenal. # invented
- {ch4_fortress.teamster_garage.slept: Descansado por una vez, en tu día libre escribes a casa.|En tu día libre escribes a casa.} # invented
* [Escribir a los compañeros del local.]
    Compañeros: ahora tenemos una puerta que pararía un camión, y yo he visto parar unos cuantos. {ch4_fortress.asked_money: La pagaron los dólares de ustedes.|Llegó el dinero que mandaron.} Denle las gracias a todos los que echaron un dólar en el sombrero. Fraternalmente. # class: letter # invented
    ~ letters_home++
* [Escribirle a mamá sobre el Viejo.]
    Querida mamá: se levanta antes que todos nosotros y él mismo les da de comer a los conejos. Te caería bien. Pregunta por el sindicato como si fuera uno de nosotros. No te preocupes por mí. # class: letter # invented
    ~ letters_home++
    ~ raise(trust_lt, 1)
- -> debate

= student_library
# scene: library
# time: day
# ambience: house
# sfx: typewriter
La biblioteca es el único cuarto de la casa donde los martillazos se oyen lejos. Hasta las gallinas parecen más calladas desde aquí. # invented
Ahora el Viejo escribe para el tribunal: un documento largo que quiere mostrar a los jueces cómo se organizó el asalto, y quién lo organizó. Lo titulará «La Comintern y la GPU». # cite: lt_cgpu
Tú revisas las citas en francés y las fechas de los periódicos. Es lo más parecido a una universidad que has tenido en todo el año. Lo que está en ruso te llega solo a través del inglés de otros, pero el francés lo puedes leer tú. # invented
~ known += k_comintern_press
* [Revisar las fuentes francesas.]
    Te sientas con los periódicos franceses y un diccionario, y descubres que una cita tiene la fecha equivocada por un día. Lo señalas. La corrección entra sin comentarios. # invented
    ~ raise(trust_lt, 1)
* [Leer las declaraciones de los detenidos.]
    Lees las declaraciones de los detenidos, en español, despacio. {ch4_fortress.tour.saw_police: Llevaban uniformes como los de los hombres de afuera.|Algunos se delatan entre sí.} Otros no nombran a nadie. Ninguno menciona a Bob de una manera que soportes leer dos veces. # invented
    ~ known += k_harte_past
- {classroom_cut: -> debate}
El resto del trabajo de la biblioteca no se detuvo por el asalto. El Viejo también escribe una biografía de Stalin para sus editores estadounidenses, Harper and Brothers, y va muy atrasada. # cite: pat
Los capítulos salen del dictáfono en ruso y pasan al inglés por otras manos. A ti te piden revisar el inglés de un capítulo sobre la guerra civil, por el sentido, no por el estilo. # sfx: dictaphone # invented
* [Leerlo despacio, con un lápiz.]
    Lo lees despacio, con un lápiz, y encuentras dos lugares donde el traductor hizo que Stalin sonara más listo que en el ruso. Los marcas con una pregunta. # invented
    Las preguntas vuelven contestadas en el margen, con una letra pequeña y pulcra: en la segunda, tenías razón. # invented
    ~ raise(trust_lt, 1)
* [Leerlo primero para ti.]
    Primero lo lees para ti, como estudiante, no como revisor. {known ? k_moscow_trials: Son otra vez los procesos, contados por el acusado,|Es furioso, exacto y larguísimo,} y es lo más extraño que has leído en tu vida: un hombre que escribe la vida del hombre que intenta matarlo. # invented
    ~ known += k_moscow_trials
- Cuando levantas la vista ya oscureció, y alguien encendió la lámpara de la biblioteca sin molestarte. # invented
# scene: dining
El 17 de julio la casa se llena de otra clase de visitas: unos cuarenta estadounidenses del seminario del profesor Hubert Herring, apretados en el comedor para escuchar al Viejo. # cite: pat
Cada uno entró por las puertas de acero, de dos en dos guardias. Al verlos pasar en fila te preguntas cómo podría alguien distinguir a un desconocido entre cuarenta. # invented
* [Pararte al fondo y contar cabezas.]
    {house ? visitor_log: Te paras al fondo con la lista de visitas y las vas marcando, al entrar y al salir. Entran cuarenta y uno, salen cuarenta y uno.|Te paras al fondo y cuentas cabezas, al entrar y al salir. Entran cuarenta y uno, salen cuarenta y uno. Cuentas dos veces.} # invented
    ~ house += visitor_log
* [Traducirle una pregunta al francés a Natalia.]
    Una mujer pregunta por el nieto. Se lo pasas al francés a Natalia, que contesta breve y amable, y no dice más de lo necesario. # invented
    ~ raise(trust_natalia, 1)
- Unos días después hay otra clase de reunión: un debate, presidido por el Viejo, entre unos simpatizantes de la Minoría que están de visita, Charles Orr y su esposa, y los guardias. # cite: pat
La Minoría es la fracción que rompió con el Viejo por la naturaleza de la Unión Soviética y por si había que seguir defendiéndola. # cite: pat
La mitad de tus amigos de Nueva York se fueron con ella, y algunos ya no contestan tus cartas. # invented
* [Hablar a favor de la mayoría.]
    Te pones de pie y dices, demasiado rápido, que un Estado obrero sigue siendo un Estado obrero aunque lo gobierne un gángster. El Viejo escucha con la cabeza ladeada y no dice nada. # invented
    Luego se vuelve hacia los Orr para que respondan, y tú te sientas con la cara ardiendo, sin saber si ayudaste a la casa o la hiciste quedar mal. # invented
    ~ raise(trust_lt, 1)
* (asked_orrs) [Hacerles una pregunta a los Orr.]
    Les preguntas a los Orr cómo cuidarían esta casa si fuera suya. No tienen respuesta. Te das cuenta de que tú tampoco. # invented
* (kept_doubts) [Escuchar y guardarte tus dudas.]
    Escuchas. Algo de lo que dicen los Orr tiene sentido para ti, y eso te asusta más que las torres. # invented
- # scene: gate
El 6 de agosto Hank Schnautz coloca una placa de mármol en el portón interior, en memoria de Bob. Ese mismo día entran unos catorce corresponsales de periódicos a entrevistar al Viejo, y a los turistas de la puerta se les niega el paso. # cite: sch
* [Quedarte un momento junto a la placa.]
    {known ? k_harte_past: Te quedas un momento junto a la placa cuando ya se fueron los reporteros, pensando en lo que has sabido. Las letras todavía tienen filo.|Te quedas un momento junto a la placa cuando ya se fueron los reporteros. Robert Sheldon Harte, 1915–1940. Las letras todavía tienen filo.} # invented
    ~ raise(trust_guards, 1)
* [Escribir a casa sobre Bob.]
    Querida mamá: aquí pusieron una lápida para Bob. Por favor, ve a ver a su familia si puedes. Viven en la ciudad, y creo que deben de sentirse muy solos. # class: letter # invented
    ~ letters_home++
- -> debate

= mexican_street
# scene: street
# time: day
# ambience: street
La calle es tuya, más o menos. Los gringos le hablan a la policía a través de ti, y la policía le habla a la casa a través de ti. # invented
La guardia de policías de afuera es el triple de la que había en mayo. # cite: han40
Uno de los nuevos es un muchacho de Tacubaya, más joven que tú, con un rifle más alto que su hermanita. Todos los días te pregunta si el ruso de veras es un demonio, como dicen los periódicos. # invented
* [Contarle del Viejo y los conejos.]
    Le cuentas que el ruso se levanta antes que nadie y él mismo atiende diecinueve conejeras y como cuatro docenas de gallinas. El muchacho se queda pensando. Los demonios, dice, no crían conejos. # cite: sch # invented
    ~ raise(trust_police, 1)
* [Decirle que no le quite los ojos a la calle.]
    Le dices que no le quite los ojos a la calle ni ponga el dedo en el gatillo. Te hace un saludo militar, medio en broma. No sabes si le tendrías confianza en la oscuridad, y es duro pensar eso de un muchacho. # invented
    ~ house += police_checked
* [Llevarle un café de la cocina de Carmen.]
    Le llevas café de la cocina de Carmen en una taza de peltre. Al terminar la semana toda la guardia sabe cómo te llamas. # invented
    ~ raise(trust_police, 1)
    ~ house += police_checked
- {classroom_cut: -> debate}
Más allá de la caseta, Avenida Viena sigue siendo de tierra, con jacales de adobe y el cauce seco del Churubusco, donde las mujeres lavan ropa en las piedras. # cite: pat
{trust_police >= 3: Algunas te saludan con la cabeza; ya se corrió la voz de que los policías de la caseta te estiman. Otras voltean para otro lado.|Algunas te saludan con la cabeza. Otras voltean para otro lado. Ya leyeron los periódicos, o se los leyeron.} # invented
Los periódicos no han parado. La prensa comunista sigue llamando a la casa nido de espías y provocadores. # cite: comintern
Allá en enero el Viejo había bromeado con que los periodistas parecían a punto de cambiar la pluma por la ametralladora. Ya nadie en la casa hace esa broma. # cite: ev
* [Llevar los periódicos a la biblioteca.]
    {known ? k_comintern_press: Llevas los periódicos a la biblioteca y marcas con lápiz azul los peores pasajes. Te los sabes de memoria desde mayo.|Llevas los periódicos a la biblioteca y marcas con lápiz azul los peores pasajes para los abogados. Son muchos.} # invented
    ~ known += k_comintern_press
* [Leerlos en voz alta en la tortillería para mostrar cómo mienten.]
    Lees un párrafo en voz alta en la tortillería, para mostrar cómo miente. Una señora de la fila te dice que no te metas en lo que no te importa y dejes a la gente decente comprar sus tortillas. # invented
    Nadie te discute. Nadie te da la razón, tampoco. # invented
    ~ lower(trust_police, 1)
- El 6 de agosto llegan turistas a la puerta, queriendo ver la famosa casa de los balazos. No los dejan pasar. Tú eres el que los despide, en español, con cortesía, una y otra vez. # cite: sch # invented
Ese mismo día dejan entrar a unos catorce corresponsales a entrevistar al Viejo, y Hank Schnautz coloca en el portón interior una placa de mármol para Bob Harte. # cite: sch
Melquíades Benítez, un compañero mexicano como tú, hace su turno en la azotea y en la torre. No eres el único de los tuyos en esta casa, y te alegra. # cite: han40 # invented
* [Cubrir el turno de la tarde de un gringo cansado.]
    Cubres el turno de la tarde para que uno de los estadounidenses pueda dormir. Es lo que hacen los compañeros mexicanos: llegar, hacer la guardia de la tarde y después volver a casa con su familia. # cite: sch # invented
    A la una llega Aurelio traqueteando en su bicicleta para cubrir la madrugada, oliendo a tinta de imprenta, y te manda a tu casa. # invented
    ~ raise(trust_guards, 1)
* [Ir a cenar a casa con tu mamá.]
    Vas a cenar a casa con tu mamá, a tres calles, y te pregunta si es cierto que le están construyendo una cárcel al ruso. Le dices que es una cárcel para que la gente no entre. # invented
    ~ letters_home++
- {letters_home >= 4: El domingo Chucho, que ha estado leyendo tus notas, te acompaña hasta la esquina de Avenida Viena,|El domingo Chucho te acompaña hasta la esquina de Avenida Viena,} mira la torre nueva y chifla. No dice que el ruso sea un demonio. Tampoco dice que no lo sea. # invented
Es lo más que pueden hacer los dos este verano. # invented
Se prepara el juicio de los asaltantes. Siqueiros sigue escondido; el Viejo escribe para el tribunal. # cite: lt_cgpu
Si algún día tienes que pararte en esa sala y decir lo que viste, quieres poder decirlo con exactitud. Empiezas a tomar notas en un cuaderno de la escuela. # invented
~ letters_home++
-> debate

= debate
# scene: guardroom
# time: night
# ambience: night
Desde 1937 los secretarios, y ahora los guardias, piden dos cosas: que se revise a cada visita y que nunca se deje al Viejo a solas con un visitante. # cite: han40
Él se ha negado a las dos, cada vez. # cite: han40
Ahora, con las torres {ch4_fortress.tour.saw_towers: que recorriste con Hansen|subiendo}, en el cuarto de guardia se discute todo otra vez, de noche, con café frío{house ? sandbags_early:, sobre tus costales|}. ¿Qué le propones a la casa? # invented
- (proposals)
* [Revisar a todas las visitas, amigos incluidos.]
    Lo dices sin rodeos: toda visita, amigos incluidos, vacía los bolsillos en la puerta. Nadie queda exento. # invented
    La respuesta llega del estudio a la mañana siguiente, y es la misma que los secretarios reciben desde 1937. # cite: han40
    No va a permitir que a sus amigos y compañeros los registren como sospechosos en la puerta de su propia casa. # cite: han40 # pushback: search_visitors
Las puertas de acero se quedan; las revisiones no llegan. # invented
    ~ proposals_refused++
    -> proposals
* [No dejarlo nunca a solas con ninguna visita.]
    {trust_lt >= 3: Se lo propones en persona: un guardia en el estudio siempre que alguien esté con él.|Propones que un guardia esté en el estudio siempre que alguien esté con el Viejo.} # invented
    También se niega. No va a trabajar, ni a conversar con sus visitas, con un guardia pegado al codo. # cite: han40
    Piensas en el estudio, el único cuarto de la casa que todavía es solo suyo, y lo entiendes, y quisieras no entenderlo. # invented
    ~ proposals_refused++
    -> proposals
* [Llevar un registro escrito de todos los que entran.]
    {house ? visitor_log: Propones que tu lista sea la de la casa: un libro en la puerta, nombre, hora de entrada, hora de salida, quién les abrió.|Propones un registro en la puerta: nombre, hora de entrada, hora de salida, quién les abrió. No cuesta más que un libro de registro y un lápiz.} # invented
    Los guardias están de acuerdo. Se pone un libro junto a la puerta, y cada nombre queda anotado. # invented
    ~ house += visitor_log
    -> proposals
* (proposed_post) {not classroom_cut} [Revisar el puesto de policía en cada turno.]
    Propones que el guardia de la torre revise el puesto de policía en cada cambio de turno, por teléfono o en persona, para que la casa sepa de inmediato si otra vez someten a los de afuera. # invented
    {trust_police >= 3: Se aprueba; los del puesto, que te conocen, prometen contestar.|Se aprueba. Es de esas cosas con las que es fácil estar de acuerdo.} # invented
    ~ house += police_checked
    -> proposals
* (proposed_alarm) {not classroom_cut} [Probar la alarma y los timbres cada domingo.]
    Propones una prueba semanal: cada botón, cada timbre, la campana, y la sirena cuando esté terminada, con un nombre en el libro junto a cada uno. La noche del asalto la campana estaba desconectada; no lo volverá a estar sin el nombre de alguien al lado. # invented
    {house ? alarm_tested: Los guardias están de acuerdo; tu nombre ya va primero en el libro.|Los guardias están de acuerdo; solo cuesta una hora.} # invented
    ~ house += alarm_tested
    -> proposals
+ [No decir nada más esta noche.]
- {proposals_refused >= 2: La respuesta del estudio no cambia.|} Las puertas de acero detendrán un asalto como el anterior. Contra un amigo que entra sonriendo no sirven de nada. En el cuarto de guardia todos lo saben a medias; el Viejo lo sabe mejor que nadie. # invented
-> jacson

= jacson
# scene: gate
# time: day
# ambience: street
Finales de julio. Frank Jacson está de vuelta en la Ciudad de México. Dice que se enfermó cerca de Puebla en el camino de regreso. Se le ve muy delgado, y nervioso. # cite: pat
Resulta que mientras no estuvo había estado en Nueva York con Sylvia. Los Rosmer, cuyo viaje de regreso a Francia terminó en Nueva York cuando cayó París, se encontraron allí con la pareja. # cite: pat
Le trae chocolates a Natalia. # cite: pat
De vez en cuando pasa por la casa, cortés y un poco torpe, siempre con algún favor o atención: el coche, un aventón al centro, un regalo. # cite: pat
{not classroom_cut:
    Los historiadores cuentan de distinta manera sus visitas a la casa: unas diez, según los archivos de la KGB; cinco o seis, según otro relato. Al Viejo en persona lo vio apenas unas cuantas veces. # class: note # cite: mit
}
A principios de agosto Sylvia Ageloff también regresa a México, y la pareja va a la casa; se habla de un té con los Trotsky. # cite: pat
~ known += k_sylvia
- (at_gate)
* [Platicar con Jacson en la puerta.]
    {known ? k_jacson_story: Pasas el rato con él en la puerta; se acuerda de tu cara de la primavera, o dice que se acuerda. Habla de negocios, del clima, de montañas que ha escalado.|Pasas el rato con él en la puerta mientras el guardia de la torre abre la reja interior. Habla de negocios, del clima, de montañas que ha escalado.} # invented
    Dice que está escribiendo un artículo sobre la disputa dentro del movimiento, y que espera que el Viejo le eche un ojo. # cite: pat
    Es buena compañía. Es todo lo que piensas. # invented
    ~ known += k_jacson_story
    {classroom_cut: -> gate_done}
    -> at_gate
* [Platicar con Sylvia.]
    Sylvia está cansada y animada, y habla de Nueva York, de la ruptura en el partido, de sus hermanas. Su hermana Ruth fue secretaria del Viejo, en 1937. # cite: pat
    Habla de Jacson como de su esposo. Hasta donde sabe cualquiera en la casa, él es exactamente lo que dice ser. # cite: pat
    Todavía se discute si ella llegó a sospechar lo que era él. La mayoría de los historiadores cree que la engañaron; un relato partidista publicado en 2021 sostiene que fue cómplice. # class: note # cite: wsws
    ~ known += k_sylvia
    {classroom_cut: -> gate_done}
    -> at_gate
* [Decirles a los guardias que no le tienes confianza.]
    Lo dices en el cuarto de guardia: algo no cuadra con Jacson. Sus historias no encajan del todo. Tiene demasiado dinero y ningún trabajo que tú le hayas visto. # invented
    {trust_guards >= 4: Los demás te escuchan, porque eres tú, y luego niegan con la cabeza, uno tras otro.|Los demás te miran como si hubieras dicho algo del clima que a todas luces es falso.} # invented
    Nadie en la casa sospechaba de él. Era la pareja de Sylvia; la casa conocía su cara desde enero, esperando afuera en la calle sin pedir nunca que lo dejaran entrar. Había llevado a los Rosmer a su barco y les había prestado su coche a los guardias. # cite: pat # pushback: warn_about_jacson
    Sospechar de él habría sido sospechar de Sylvia, y Sylvia era de los suyos. La casa no tenía un motivo que pudiera nombrar, y al final tú tampoco. # invented
    ~ raise(trust_guards, 1)
    {classroom_cut: -> gate_done}
    -> at_gate
+ [Dejarlos en lo suyo.]
- (gate_done) {ch4_fortress.tour.saw_door || ch4_fortress.saw_door_down: Se va en el Buick, el guardia de la torre aprieta el botón y la puerta de acero que reemplazó a la vieja se cierra detrás de él.|Se va en el Buick, el guardia de la torre aprieta el botón y la puerta interior se cierra detrás de él.} # sfx: steel_door # invented
{classroom_cut: -> one_more_day}
* [Anotar sus horas junto a la puerta.]
    {house ? visitor_log: Lo anotas en el libro de la puerta: Jacson, Buick, entrada a las tres menos veinte, salida a las cuatro y diez. En el papel no parece nada.|Lo anotas junto a la puerta: Jacson, Buick, entrada a las tres menos veinte, salida a las cuatro y diez. En el papel no parece nada.} # invented
    Años después, el escritor Isaac Don Levine daría las horas en que Jacson entró a la casa con precisión de minutos, como si alguien en la puerta hubiera llevado ese registro; no se sabe si alguien lo llevó. # cite: levine
    ~ house += visitor_log
* [Mirar el Buick hasta que se pierda de vista.]
    Miras el Buick por la Avenida Viena hasta que se asienta el polvo. Un hombre que le presta su coche a la casa, trae chocolates, lleva a viejos amigos al puerto. Tratas de que te caiga mal, como ejercicio, y no lo logras. # invented
    ~ known += k_jacson_story
-
-> one_more_day

= one_more_day
# scene: patio
# time: dawn
# music: house
# ambience: garden
{not classroom_cut:
    {ch4_fortress.guards.moved_up: Agosto. Desde tu ventana de arriba ves que casi todas las tardes llueve y para la noche ya escampó.|Agosto. Casi todas las tardes llueve, y para la noche ya escampó.} # invented
}
El Viejo se levanta antes que nadie, da de comer a los conejos y a las gallinas, y se mete al estudio a trabajar. En la tarde hay siesta, té a las cinco con Natalia, y otra vez los conejos antes de que oscurezca. # cite: pat
Desde mayo, recordaría Seva, su abuelo le decía a Natalia lo mismo cada mañana: que les habían regalado un día más. # cite: ev
* [Salir a las conejeras antes del desayuno.]
    {trust_lt >= 3: Sales a las conejeras antes del desayuno. Él ya está ahí, con sus guantes de trabajo, y te pasa una cubeta sin decir nada, como a un ayudante al que esperaba.|Sales a las conejeras antes del desayuno. Él ya está ahí, con sus guantes de trabajo, hablándoles en ruso a los conejos. Te saluda con la cabeza sin detenerse.} # invented
    ~ raise(trust_lt, 1)
* [Subir a la torre a ver salir el sol.]
    Subes a la torre y ves salir el sol sobre los volcanes. Desde aquí arriba la casa parece lo que es: una isla pequeña, amurallada y cercada de alambre, en una ciudad enorme e indiferente. # invented
    ~ raise(trust_guards, 1)
* [Sentarte en el escalón con Seva antes de la escuela.]
    Seva está en el escalón amarrándose los zapatos para ir a la escuela. Va solo, como siempre. {trust_seva >= 3 || ch4_fortress.tour.saw_bedroom: Te deja cargarle los libros hasta la esquina, y te dice adiós con la mano antes de seguir.|Lo acompañas hasta la esquina y lo miras el resto del camino.} # cite: ev # invented
    ~ raise(trust_seva, 1)
- {letters_home >= 4: Un día más, y otro, contados en tus cartas a casa.|Un día más. Y luego otro.} # invented
Las torres están terminadas. Las puertas son de acero. La sirena está casi conectada. Las visitas que la casa conoce siguen entrando sin que nadie las revise. # cite: han40 # pause
-> ch5_rehearsal
