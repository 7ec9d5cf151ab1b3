// Chapter 3: the aftermath of the raid, 24 May – 25 June 1940 (record.md §1.3, §4.5, §4.6, §5.2).
// Spine beats here: jacson_enters_1940_05_28 (stitch rosmers_leave) and harte_found_1940_06_25 (stitch santa_rosa).
// Each role has its own first and second scenes; everything else is shared.
=== ch3_aftermath
# checkpoint: ch3_aftermath
# scene: patio
# time: day
# music: dread
# ambience: garden
Viernes 24 de mayo de 1940, más tarde esa mañana. El sol ya está alto sobre una casa acribillada. # invented
{not classroom_cut:
    Los vidrios crujen bajo tus botas en el patio. Alguien ya empezó a barrer, y alguien más le dijo que se detuviera: la policía quiere todo tal como quedó. # invented
}
{not classroom_cut:
    En la recámara, las paredes están picadas de agujeros de bala. La policía contará unos setenta tan solo en ese cuarto. # cite: mit
}
El Viejo, Natalia y Seva están vivos. A Seva ya le curaron el pie. Natalia se quemó las manos apagando el fuego, según un relato; otro dice que salió ilesa. # cite: pat # cite: sa
Bob Harte no está. En la cochera vacía, Charles Cornell encontró su sarape doblado en el piso. Los dos coches de la casa ya no están, y la alarma se encontró desconectada. # cite: pat
A la media hora del tiroteo, el coronel Leandro A. Sánchez Salazar, jefe del Servicio Secreto, ya estaba en el patio. # cite: pat
{not classroom_cut:
    Ahora recorre el lugar con el sombrero echado hacia atrás, mirando los agujeros, los casquillos, a los guardias y, sobre todo, al Viejo. # invented
}
Después escribiría que lo primero que le llamó la atención fue lo tranquilo que estaba Trotsky. Demasiado tranquilo, pensó. Un hombre al que le acaban de acribillar la cama debería estar temblando. # cite: ss
Así que el coronel empezó con una pregunta que todavía no decía en voz alta: ¿se había hecho esto la casa a sí misma? # cite: ss
* (watched_colonel) [Observar al coronel trabajando.]
    Se agacha junto a la puerta de la recámara y pasa un dedo por un marco astillado. Pregunta quién duerme dónde, quién estaba de guardia, quién tiene llaves de la cochera. # invented
    Cada pregunta es razonable. Todas juntas apuntan hacia adentro. # invented
* [No estorbarle.]
    Sacas sillas del comedor para los policías y no dices nada. Es la primera lección del día: cuando la policía está en la casa, un guardia es un testigo, no un anfitrión. # invented
    ~ raise(trust_police, 1)
* [Ir a buscar a Seva.]
    Seva está sentado en el escalón afuera de su cuarto con el pie vendado, mirando a los hombres de uniforme entrar y salir por la puerta por la que entró un desconocido en la oscuridad. # invented
    No quiere hablar de eso. En cambio pregunta si los conejos están bien. Lo están. # invented
    ~ raise(trust_seva, 1)
- Para la noche, toda la ciudad tiene una teoría. # invented
-> days

= days
# scene: guardroom
# time: dusk
# ambience: house
{classroom_cut: -> door_kept}
En los días siguientes la casa se llena de visitas que no invitó: detectives, reporteros, funcionarios, hombres del consulado norteamericano. # cite: pat
Los guardias duermen por turnos, vestidos. Nadie lo ha dicho, pero nadie cree que los hombres que vinieron no vayan a volver. # invented
Alguien tiene que cuidar la puerta, ahora que media Ciudad de México quiere entrar por ella. # invented
* [No dejar pasar a los reporteros.]
    Te plantas en la entrada de la cochera y les dices a los reporteros, en dos idiomas, que habrá un comunicado. Eso ya lo han oído. Uno te toma una foto de todos modos: tú entrecerrando los ojos, con una pistola al cinto. # invented
    ~ raise(trust_guards, 1)
* [Acompañar a los detectives.]
    Llevas a dos detectives de la cochera a la recámara y de regreso, contestando lo que preguntan y nada más. Uno es amable. El otro anota la marca de tus zapatos. # invented
    ~ raise(trust_police, 1)
* [Anotar cada nombre que entra.]
    Empiezas una lista en el reverso de un calendario viejo: nombre, periódico u oficina, hora de entrada, hora de salida. Al tercer día ya lleva cuatro hojas, y los detectives empiezan a pedir verla. # invented
    ~ house += visitor_log
- (door_kept)
{
- role == teamster: -> teamster_cars
- role == student: -> student_room
- else: -> mexican_post
}

= teamster_cars
# scene: gate
# time: day
# ambience: street
{not classroom_cut:
    La cochera es el lugar más triste de la casa: dos lugares vacíos, una mancha de aceite donde estaba el sedán y la puerta atrancada que se suponía que era la única entrada. # invented
}
Tú sabes de motores. De detectives no sabes mucho. Pero sabes que un coche te dice dónde ha estado, si lo dejas. # invented
Uno de los coches de la casa ya apareció, abandonado donde se atascó, no muy lejos. Los asaltantes lo dejaron y siguieron. # cite: pat
* [Ir con el policía que va por él.]
    Un gendarme sale contigo en un coche prestado. El coche de la casa está con el frente hundido en un bache, la puerta del chofer abierta, sin llaves. # invented
    No tocas el volante. Miras las llantas, cubiertas de lodo rojo hasta los rines, y la palanca que quedó en segunda, como la deja un hombre que se dio por vencido y salió corriendo. # invented
    El policía anota lo que dices. No sabes si cree una sola palabra. # invented
    ~ raise(trust_police, 1)
* [Mirar el tablero donde colgaban las llaves de los coches.]
    Miras el tablero junto a la puerta de la cochera donde colgaban las llaves de los coches en sus ganchos. Los ganchos están vacíos. # invented
    Quien se llevó los coches sabía dónde buscar, o se lo dijeron, o simplemente probó los ganchos como lo haría cualquier ladrón de coches. Por ahora te guardas esa idea. # invented
    ~ known += k_harte_past
* [Empezar una lista de lo que necesita la casa.]
    Pides un lápiz prestado en la biblioteca y escribes en el reverso de una nota del mandado: una puerta que no se abra a mano, una luz sobre la calle, un timbre que oigan los policías de afuera, un rol de guardias nocturnas que nadie cambie sin avisarle al encargado. # invented
    Es la lista de un camionero, escrita como escribías los roles de los piquetes en Minneapolis en 1934. Pasarán meses antes de que alguien pueda pagar cualquiera de esas cosas. # invented
    ~ house += night_rota
- {classroom_cut: -> bob_asked}
Los periódicos del cuarto de guardia dicen que el Viejo lo montó todo. Lo lees dos veces para asegurarte de que entiendes la traducción al inglés que alguien escribió con lápiz encima del español. # invented
* (crumpled) [Hacer bola el periódico.]
    Lo haces bola y luego, como el papel escasea, lo vuelves a alisar para prender la estufa. # invented
* [Guardarlo para mandarlo al local del sindicato.]
    Lo doblas y te lo guardas en el bolsillo. Los hermanos del local en Minneapolis no lo van a creer si no lo ven. # invented
    ~ letters_home++
- (bob_asked) Entonces, como si la casa hubiera estado conteniendo la respiración, la pregunta que todos se hacen llega a la cochera: ¿dónde está Bob? # invented
-> harte_question

= student_room
# scene: guardroom
# time: day
# ambience: house
El rincón de Bob en el cuarto de los guardias está como lo dejó: los libros, las cosas de rasurar, una camisa doblada para una mañana que no llegó. Lo que sea que le haya pasado, no empezó aquí. # invented
Había bajado de Nueva York apenas dos meses antes, en la primavera, un joven de veinticinco años. # cite: rou
{not classroom_cut:
    Lo conocías de las reuniones en Nueva York, y aquí le habías enseñado cómo funcionaban las cosas: alegre, un poco descuidado, con ganas de ser útil. # invented
}
Sus libros están en el cajón junto al catre. Un libro de bolsillo con el lomo roto, una gramática española, cartas de su casa en sus sobres. # invented
* (read_letters) [Leer sus cartas.]
    Sacas el sobre de arriba y lo vuelves a guardar sin abrirlo. Son suyas. Si la policía las quiere, que las pida. # invented
    Esa misma semana la policía las pide, y se lleva todo el paquete. # invented
* [Mirar los libros.]
    Abres la gramática española. Había subrayado los verbos esperar y abrir. La cierras rápido, como si hubiera dicho algo que no debía. # invented
    ~ known += k_harte_past
* (left_alone) [Dejarlo todo como está.]
    Te sientas en tu propio catre, enfrente, y dejas sus cosas en paz. Alguien tiene que hacerlo. # invented
- {classroom_cut: -> photo}
En la biblioteca los secretarios ya están frente a las máquinas de escribir antes del desayuno. Hay declaraciones que preparar para la policía, cartas a los periódicos, cables a Nueva York. # invented
# sfx: typewriter
El Viejo dicta en ruso; las hojas pasan al inglés y al español; las copias al carbón se amontonan. Lo que sea que la casa no pueda hacer, escribir sí puede. # invented
* [Ofrecerte a traducir del francés.]
    Tomas una carta en francés de unos compañeros de París y la pasas al inglés. Tu francés es mejor que tu mecanografía. Para el mediodía te duelen los dedos y la carta está lista. # invented
    ~ raise(trust_lt, 1)
* [Ofrecerte a archivar los periódicos.]
    Recortas cada nota sobre el asalto, en inglés y en español, y las pegas en un libro de registro. La mitad dicen que lo hizo la casa. Esas también las pegas. # invented
    ~ known += k_comintern_press
- Esa noche escribes a casa por primera vez desde el tiroteo. # invented
* [Contarle a Miriam la verdad.]
    Querida Miriam: estoy bien. No mataron a nadie de la familia. Bob está desaparecido. Dile a mamá que estoy a salvo, y no creas lo que dice de nosotros el Daily Worker. # class: letter # invented
    ~ letters_home++
* [Decirle solo que estás bien.]
    Querida Miriam: estoy bien y como como se debe. Aquí hace mucho sol. Dale a mamá mi cariño. # class: letter # invented
    No agregas nada más. Piensas hacerlo mañana. # invented
    ~ letters_home++
- Te quedas despierto mirando el catre vacío de Bob hasta que empiezan a cantar los gallos en el gallinero. # invented
- (photo) La policía quiere una fotografía de Bob para enseñarla en los ranchos y en las terminales de camiones. La única que hay en el cuarto de guardia es tuya, una instantánea de abril: Bob en la azotea con el sombrero echado para atrás, riéndose de quien sostiene la cámara. # invented
* [Entregarla.]
    La entregas. Un detective la mete en un sobre sin mirarla, y ya. Nunca la vuelves a ver. # invented
    ~ raise(trust_police, 1)
* (kept_copy) [Mandar sacar una copia primero.]
    La llevas con el fotógrafo de la plaza y pagas dos copias, una para la policía y otra para ti. Eso cuesta un día que la policía dice no tener, y no te importa. # invented
-
-> harte_question

= mexican_post
# scene: street
# time: day
# ambience: street
Afuera del muro, la caseta de ladrillo de la policía se ve más chica que hace una semana. # invented
Esa noche había cinco policías adentro. A los cinco los sometieron y los amarraron hombres con uniformes como los suyos. # cite: pat
{house ? police_checked: Los nuevos que pusieron ahí conocen tu cara de tus rondas, y aun así te miran de reojo.|Los nuevos que pusieron ahí te miran de reojo: el mexicano que cuida al ruso.} # invented
* [Hablar en español con los gendarmes.]
    Les ofreces cigarros y los aceptan. Uno dice que los hombres que vinieron traían uniformes tan buenos que habrían engañado a cualquiera en la oscuridad. Él no estaba de turno esa noche; su amigo sí. # invented
    Lo dice con vergüenza, a nombre de su amigo. No le insistes. # invented
    ~ raise(trust_police, 1)
* [Seguir hasta la esquina sin detenerte.]
    Pasas sin decir palabra. Un guardia necesita a la policía; lo sabes. Pero hoy no puedes ver un uniforme sin ver los que llegaron en la oscuridad. # invented
    ~ lower(trust_police, 1)
- {classroom_cut: -> newsstand}
El Güero no está entre ellos. Dicen que lo mandaron a un escritorio en Tacubaya, castigado. # invented
* (found_guero) [Ir a buscarlo el domingo.]
    Lo encuentras el domingo en casa de su hermana, arreglando una silla. Te da una cerveza y habla de futbol, no de esa noche, y lo dejas. # invented
    ~ raise(trust_police, 1)
* [Dejarlo en paz.]
    Lo dejas en paz. Un hombre al que amarraron de pies y manos afuera de la casa que le tocaba cuidar no quiere visitas de esa casa. # invented
- (newsstand) En el puesto de periódicos de la plaza, los diarios comunistas ya tomaron su decisión. # cite: comintern
El asalto, dicen, fue un autoasalto, montado por el propio Trotsky para ganarse simpatías, o para ayudar al Comité Dies norteamericano contra los comunistas. # cite: comintern
Otros rumores apuntan a Diego Rivera y a su chofer, y a Bob Harte. # cite: sa
Esto es lo que se le dijo a la gente en 1940. Era falso; está aquí para que veas contra qué se enfrentaba la casa. # class: note # cite: comintern
~ known += k_comintern_press
{classroom_cut: -> harte_question}
* (bought_paper) [Comprar un ejemplar y leerlo completo.]
    Compras uno y lo lees de pie. Está bien escrito. Eso es lo peor: suena sensato, si uno no estaba en el patio a las cuatro de la mañana. # invented
* (argued_vendor) [Discutir con el voceador.]
    Le dices al voceador que vende mentiras. Se encoge de hombros y te dice que él vende papel, no verdades, y que si quieres la verdad, vayas a la iglesia. # invented
    Un hombre detrás de ti se ríe. Te vas a casa con la cara ardiendo. # invented
* (thought_of_chucho) [Pensar en Chucho.]
    Tu hermano Chucho lee este periódico en la mesa de la cocina todas las mañanas. Te preguntas si ya leyó esta página, y si se la cree. # invented
    Decides preguntarle el domingo. No estás seguro de querer oír la respuesta. # invented
    ~ letters_home++
- Cuando regresas, Carmen está parada en la puerta de la cocina con los brazos cruzados, mirando a los detectives. # invented
Ella y Belem, la muchacha, estaban en la casa esa noche. Pronto la policía también las va a querer a ellas. # cite: pat
-> harte_question

= harte_question
# scene: patio
# time: dusk
# ambience: garden
Domingo, lunes. Nadie sabe dónde está Bob Harte. # invented
Algunos policías dijeron que vieron cómo los asaltantes se lo llevaban a un coche, y que él protestaba. # cite: lq
{not classroom_cut:
    Si se lo llevaron, puede que esté vivo. Si se fue por su voluntad, dicen los periódicos, entonces la casa tenía a un traidor en la puerta. La casa se aferra a la primera idea y no quiere decir en voz alta la segunda. # invented
}
{not classroom_cut:
    Su padre, Jesse Harte, un hombre de negocios de Nueva York, viene en avión, ofrece una recompensa de diez mil pesos por noticias de su hijo y regresa en avión a su casa. # cite: time
}
{not classroom_cut:
    El 27 de mayo una nota de prensa asegura que en el cuarto de Bob en Nueva York se encontró una fotografía de Stalin dedicada. Jesse Harte telegrafiará después que no fue así. # cite: time
}
* {not classroom_cut} [Pedir permiso para salir tú a buscar a Bob.] -> chase
* [Preguntar qué hace la policía para encontrarlo.]
    {trust_police >= 2: Un detective que ya te conoce te dice en voz baja, en la puerta: mucho, pero no sobre Bob.|La respuesta, de los guardias que han ido a la jefatura, es: mucho, pero no sobre Bob.} # invented
    Las preguntas del coronel siguen siendo sobre la casa. Quién tenía llaves. Quién conocía el rol de guardias. Por qué estaba desconectada la alarma. # cite: ss
    ~ known += k_harte_past
    -> harte_gather
* [Mantener limpio su puesto en la puerta de la cochera.]
    Barres la cochera todas las noches, como si él pudiera volver a entrar y necesitara el lugar ordenado. # invented
    Es una tontería. Nadie te detiene. # invented
    ~ raise(trust_guards, 1)
    -> harte_gather

= chase
Quieres tomar cualquier coche que arranque y recorrer los caminos que salen de la ciudad, preguntando en cada rancho y en cada cantina hasta que alguien haya visto a un gringo joven al que se llevaban en un coche. # invented
* [Proponérselo a los guardias.]
    Los guardias te escuchan. Luego te dicen lo que ya medio sabes. # invented
    ~ raise(trust_guards, 1)
* [Ir de todos modos a la cochera.]
    Llegas hasta la cochera. No hay nada que manejar. # invented
- Los dos coches de la casa se fueron con los asaltantes, y el que encontraron atascado y abandonado todavía no ha vuelto a la cochera. # cite: pat
La casa tenía cinco o seis guardias para un hombre al que la GPU acababa de intentar matar. Un guardia en los caminos es un guardia que no está en el muro. # cite: pat # pushback: chase_raiders
Y la búsqueda era trabajo de la policía, no de la casa. Lo que la casa hizo en realidad fue presionar a la policía con declaraciones y cartas, y escribir. El Viejo expuso por escrito quién creía que había mandado a los asaltantes, y por qué. # cite: lt_ssmd
Se ofreció la recompensa de Jesse Harte. La policía buscó. Tú te quedaste en tu puesto. Ese era el trabajo. # cite: time # invented
-> harte_gather

= harte_gather
{classroom_cut: -> rosmers_leave}
Los Rosmer se embarcan el martes. Necesitan un coche para ir a Veracruz, y a la casa no le sobra ninguno. # cite: pat
En su última noche, Marguerite se sienta con Natalia en el comedor mientras Alfred amarra sus papeles en la biblioteca. # invented
* [Preguntarle a Marguerite cómo trajeron a Seva.]
    Antes de que Seva pudiera venir a México hubo un pleito en los tribunales franceses por él con Jeanne Martin, la compañera de su tío León Sedov, que había muerto en París en 1938. # cite: ev
    Marguerite lo cuenta en pocas palabras: los abogados, la espera, por fin el barco. No dice lo que le costó, y tú no preguntas. # invented
    ~ known += k_sedov
* [Dejarles su última noche.]
    No entras al comedor. A través de la puerta oyes a Natalia y a Marguerite hablar en francés, en voz baja, largo rato, y una vez, de pronto, reírse. # invented
    ~ raise(trust_natalia, 1)
- -> rosmers_leave

= rosmers_leave
# scene: gate
# time: dawn
# ambience: street
Martes 28 de mayo de 1940. Temprano. # cite: pat
Alfred y Marguerite Rosmer se van después de nueve meses en la casa. Sus baúles están junto a la puerta de la cochera. # cite: pat
El chofer que se ofreció a llevarlos al puerto de Veracruz es un amigo de Marguerite: Frank Jacson, el hombre callado del Buick grande que esperaba afuera, en la calle, a Sylvia Ageloff. # cite: pat
En toda la primavera no pidió entrar ni una sola vez. # cite: pat
Esta mañana sí. Los guardias conocen su cara. Se abre la puerta. # cite: pat
* [Observarlo desde la cochera.]
    {house ? visitor_log: Lo anotas en tu lista, Jacson, Buick, amigo de los Rosmer, mientras él mira el patio como un visitante mira un edificio famoso.|Entra con cortesía, sombrero en mano, y mira el patio como un visitante mira un edificio famoso: los árboles, las conejeras, los agujeros de bala.} # invented
    ~ known += k_jacson_story
* [Cargar los baúles de los Rosmer.]
    Llevas el baúl de Marguerite hasta el Buick. Jacson te abre la cajuela y te da las gracias en un inglés con acento francés. No le das importancia. # invented
    ~ known += k_jacson_story
* [Despedirte de Marguerite.]
    Marguerite Rosmer, que trajo a Seva a través del océano, toma tu mano entre las suyas y te pide que cuides al muchacho. # invented
    ~ raise(trust_natalia, 1)
- Entonces el Viejo, a quien nadie esperaba, sale al patio. Se acerca y le da la mano al joven. # record: jacson_enters_1940_05_28 # cite: pat
{not classroom_cut:
    El escritor Isaac Don Levine situaría después el momento a las 7:58 de la mañana. # cite: pat
}
Es la primera vez que Ramón Mercader, que viaja como Frank Jacson, ve al hombre al que vino a México a matar. # cite: mit
{not classroom_cut:
    Nadie en el patio lo sabe. Nadie lo sabrá durante mucho tiempo. # invented
}
{not classroom_cut:
    Natalia va con ellos a Veracruz, a despedir a sus amigos, y Jacson la trae de regreso: unas cinco horas de ida y otras tantas de vuelta. Es atento, platicador, y le compra regalitos en el camino. # cite: pat
}
{not classroom_cut:
    Los historiadores no coinciden en el día exacto de este primer encuentro: Patenaude y Levine dan el 28 de mayo; Andrew y Mitrokhin dicen que fue cinco días después del asalto. # class: note # cite: mit
}
~ known += k_jacson_story
{classroom_cut: -> questioned}
* [Volver a tu puesto.]
    Vuelves a tu puesto. El motor del Buick se va apagando por la Avenida Viena, rumbo a la ciudad. # sfx: car_engine # invented
    ~ raise(trust_guards, 1)
* [Mencionarlo a los otros guardias.]
    En el desayuno alguien dice que el novio de Sylvia parece buena persona. Alguien más dice que por lo menos tiene un coche que camina, que es más de lo que tiene la casa. # invented
    Es todo lo que alguien dice de él. # invented
    ~ raise(trust_guards, 1)
- -> questioned

= questioned
# scene: dining
# time: day
# ambience: house
El 28 y el 29 de mayo la policía se lleva a la cocinera, Carmen, y a la muchacha, Belem, y las interroga durante horas. # cite: pat
Cuando regresan, han firmado declaraciones que dicen que el asalto fue un autoasalto. # cite: pat
{not classroom_cut:
    Nadie en la casa sabe exactamente qué les dijeron en esos cuartos. La casa cree que unas mujeres asustadas dijeron lo que unos hombres asustados querían oír. # invented
}
{
- classroom_cut: -> arrests
- role == mexican: -> mexican_kitchen
- else: -> arrests
}

= mexican_kitchen
# scene: dining
A la mañana siguiente Carmen está junto a la estufa. No te mira. # invented
El español es tu lengua materna, y la de ella; a ti puede decirte cosas que nunca les diría a los gringos. # invented
* [Preguntarle qué pasó.]
    Le preguntas, con cuidado, qué pasó en la delegación. Dice que le hicieron las mismas preguntas toda la noche y que la dejaron ir cuando firmó. # invented
    Es todo. Luego te pide que le pases la sal. # invented
    ~ raise(trust_natalia, 1)
* [Decirle que no la culpas.]
    Le dices que nadie en la casa la culpa. Te mira un largo momento, y no estás seguro de que te crea, ni de que deba creerte. # invented
    ~ raise(trust_natalia, 1)
* [No decir nada y ayudarle con los frijoles.]
    Te sientas en la banca y escoges los frijoles con ella, las piedritas en un plato y los buenos en otro. Al rato ella tararea. # invented
    ~ raise(trust_guards, 1)
- Piensas en tu propia madre, y en lo que ella firmaría después de una noche así. # invented
-> arrests

= arrests
# scene: gate
# time: night
# ambience: night
Jueves 30 de mayo. La policía regresa por los guardias. # cite: pat
Se llevan a Charles Cornell y a Otto Schüssler, los dos que hablan un español que se entiende, y los retienen unos dos días, presionándolos para que confiesen que la casa montó el asalto. # cite: pat
También vienen por Harold Robins. El Viejo protesta, y lo dejan. # cite: pat
* [Dar un paso al frente y ofrecerte a ir en lugar de Cornell.]
    Das un paso al frente. El oficial mira su lista. Tu nombre no está, y no le interesan los voluntarios. # invented
    ~ raise(trust_guards, 1)
    No era una decisión de la casa: la policía decía a quién quería. # cite: pat
* [Quedarte junto al Viejo mientras discute.]
    {trust_lt >= 2: Te quedas junto al hombro del Viejo mientras protesta; una vez voltea a ver si sigues ahí.|Te quedas un paso detrás del Viejo en la puerta del cuarto de guardia mientras protesta. Está más enojado de lo que lo has visto nunca, y es perfectamente cortés.} # invented
    ~ raise(trust_lt, 1)
* [Mirar desde la puerta.]
    Te quedas en la puerta y ves cómo el coche, con Cornell y Schüssler en el asiento de atrás, se aleja bajo el farol de la calle. # sfx: car_engine # invented
- {classroom_cut: -> break_in_case}
La casa se queda con dos guardias menos durante dos noches. Todos hacen doble turno. # invented
* [Tomar la guardia de la una en la puerta de la cochera.]
    Tomas la guardia de la una en la puerta de la cochera: la de Bob. La tranca, los cerrojos, el interruptor en la pared. Cada vez que pasa un coche por el camino, ya estás de pie antes de darte cuenta. # invented
    ~ raise(trust_guards, 1)
* [Tomar la azotea.]
    # scene: tower
    ~ raise(trust_guards, 1)
    Tomas la azotea, pegado al pretil, con un rifle y una cobija. Sobre Coyoacán el cielo es enorme, y todos los perros del barrio les ladran a cosas que tú no ves. # invented
* [Velar en el pasillo junto a la recámara.]
    Llevas una silla al pasillo afuera de la recámara y te quedas ahí hasta el amanecer con la pistola en las rodillas. Como a las tres Natalia abre la puerta, te ve, y la vuelve a cerrar con mucho cuidado. # invented
    ~ raise(trust_natalia, 1)
-
{
- role == mexican: -> mexican_courts
- role == student: -> student_writing
- else: -> teamster_errands
}

= mexican_courts
# scene: street
# time: day
# ambience: street
Alguien tiene que ir a la jefatura de policía a preguntar por Cornell y Schüssler, en español. Vas tú. # invented
El pasillo huele a cera para pisos y a cigarro; en las bancas esperan testigos, gente que viene a pedir algo, madres. # invented
* [Preguntarle al sargento de guardia, con cortesía.]
    El sargento anota tu nombre, los nombres de los detenidos, el nombre de la casa. Cuando oye el último, deja de escribir. # invented
    ~ raise(trust_police, 1)
    {ch3_aftermath.mexican_post.found_guero: Conoce al Güero, dice, y te cuenta más bajito que los están tratando bien y que los van a interrogar el tiempo que sea necesario.|Te dice que los están tratando bien y que los van a interrogar el tiempo que sea necesario. Es todo.} # invented
* [Pedir que dejen pasar a un abogado.]
    Preguntas si un abogado puede verlos. El sargento dice que eso lo decide el juez. Preguntas qué juez. Dice que eso lo decide el coronel. # invented
    Te vas sin nada, pero aprendiste cómo es el edificio y quién le responde a quién. # invented
    ~ raise(trust_police, 1)
- En el tranvía de regreso lees el periódico comunista por encima del hombro de un señor. Llama a la casa un nido de provocadores y de gángsteres extranjeros. # cite: comintern
{ch3_aftermath.mexican_post.bought_paper:
    Es el mismo periódico que compraste en la plaza. Te sabes la página. # invented
}
* [Decirle al señor que es falso.]
    {ch3_aftermath.mexican_post.argued_vendor: Le dices al señor que es falso, como se lo dijiste al voceador. Él da vuelta a la página.|Le dices al señor que es falso. Él da vuelta a la página.} # invented
* [Dejarlo pasar.]
    Mejor miras las jacarandas por la ventana. Va a haber más de esto. El papel no se acaba nunca. # invented
- Cornell y Schüssler regresan a la casa hacia el 1.º de junio, después de las protestas del Viejo, grises por la falta de sueño. No confesaron nada, porque no había nada que confesar. # cite: pat
{ch3_aftermath.mexican_post.thought_of_chucho: Ese domingo, el domingo que te prometiste, Chucho está en la azotea de tu casa, volando un papalote de periódico.|Ese domingo Chucho está en la azotea de tu casa, volando un papalote de periódico.} # invented
* [Preguntarle directamente.]
    Le preguntas si se lo cree, lo del autoasalto. Dice que todo el mundo lo dice. Le vuelves a preguntar. Dice que tú estuviste ahí y él no, y que no sabe qué pensar. # invented
    Es más de lo que esperabas. Le ayudas con el hilo del papalote y no dices nada más. # invented
* [Hablar de cualquier otra cosa.]
    Hablan de futbol, de la rodilla mala de su mamá y del precio del frijol, y no mencionas el periódico. Es cobardía, o es cariño. No estás seguro de cuál. # invented
    ~ letters_home++
- -> break_in_case

= student_writing
# scene: library
# time: day
# ambience: house
# sfx: typewriter
En los primeros días de junio el Viejo escribe un artículo largo. Se llama «Stalin busca mi muerte». # cite: lt_ssmd
Repasa la noche del asalto minuto a minuto: los disparos que lo despertaron, Natalia empujándolo al espacio entre la cama y la pared, el grito del muchacho en el cuarto de al lado. # cite: lt_ssmd
«Las explosiones eran demasiado cercanas, aquí mismo, dentro de la habitación», escribe sobre ese primer momento. # class: quote # cite: lt_ssmd
Luego expone, punto por punto, por qué el ataque solo podía venir de la GPU, y por qué un autoasalto no tiene ningún sentido. # cite: lt_ssmd
* [Ayudar a revisar el inglés.]
    Te sientas junto a la mecanógrafa y lees el borrador en inglés contra tu recuerdo de esa noche. Todo lo que escribe coincide con lo que oíste. Nada está adornado. # invented
    ~ raise(trust_lt, 1)
* [Leerlo a solas en la biblioteca.]
    Te llevas una copia al carbón a un rincón de la biblioteca y la lees dos veces. La segunda vez notas cuánto habla de Bob, y con cuánto cuidado lo hace el Viejo, sin decir nunca más de lo que sabe. # invented
    ~ known += k_harte_past
- Lo escribe para el público y para la policía: un argumento para desviar la investigación de la casa y dirigirla hacia los hombres que de verdad vinieron. # cite: lt_ssmd
Llega una carta de los compañeros de la juventud en Nueva York: ¿es cierto lo que dice el Daily Worker de Bob, y de la casa? # invented
* [Contestarla tú, con todo detalle.]
    Contestas en seis hojas: todo lo que viste y oíste, y nada que no. La echas tú mismo al correo y sientes, por primera vez en una semana, que no eres del todo inútil. # invented
    ~ letters_home++
* [Mandarles una copia del artículo.]
    Les mandas una copia al carbón del artículo del Viejo con una nota: lean esto; es exactamente la verdad. Es más fácil que buscar tus propias palabras, y te da un poco de vergüenza lo fácil que es. # invented
    ~ known += k_comintern_press
-
En la noche, en el cuarto de guardia, tratas de acordarte de todo lo que Bob dijo alguna vez. # invented
* [Acordarte de la puerta.]
    Años después Seva recordaría que el Viejo había regañado una vez a Bob, poco después de que llegó, por dejar abierta la puerta de la calle. Es el recuerdo de un testigo, y nada más. # cite: ev
    ~ known += k_harte_past
    Recuerdas a Bob riéndose una vez de un regaño, y ahora no puedes acordarte de por qué fue. # invented
* [Acordarte de sus ideas políticas.]
    Bob había discutido contigo sobre la minoría y la mayoría en torno a la Unión Soviética, y estaba firmemente con el Viejo. O así lo recuerdas. # invented
* [Acordarte de su bondad.]
    Lo recuerdas cargando un costal de alimento para las gallinas sin que nadie se lo pidiera, y equivocándose a propósito con los nombres de los conejos para hacer reír a Seva. # invented
    ~ raise(trust_seva, 1)
- Lo escribes todo en una hoja y la guardas en tu propio baúl, por si alguien pregunta algún día. Nadie pregunta. # invented
-> break_in_case

= teamster_errands
# scene: market
# time: day
# ambience: market
Sin coche en la cochera, los mandados se hacen en tranvía y a pie: vidrios para las ventanas, medicina para el pie de Seva, {ch3_aftermath.teamster_cars.crumpled: la leche, y periódicos no.|los periódicos, la leche.} # invented
Bajas caminando al mercado de Coyoacán con una lista en el bolsillo y la pistola bajo el saco, y te sientes observado todo el camino. # invented
* [Dar la vuelta larga por la plaza.]
    Das la vuelta larga por la plaza y te detienes dos veces frente a un aparador para ver detrás de ti en el vidrio, como te enseñaron los jefes de huelga en 1934. # invented
    Nadie te sigue. O alguien lo hace muy bien. # invented
* [Ir directo y rápido.]
    Vas directo y regresas directo. Entre más rápido seas, más pronto hay otro par de manos en el muro. # invented
    ~ raise(trust_guards, 1)
- En la vidriería el hombre te pregunta para qué es el vidrio. Le dices que para una casa de la Avenida Viena. Sabe cuál casa. Te cobra el precio completo y te regala la masilla. # invented
De regreso, un hombre con un buen sombrero se pone a caminar a tu lado y te pregunta, amable como un vecino, si es cierto que el ruso ya no sale de la casa. # invented
* [Decirle que le pregunte al ruso.]
    —Pregúnteselo usted —le dices, y te detienes. Se ríe, se toca el ala del buen sombrero y cruza la calle. Te aprendes de memoria el sombrero, los zapatos y el modo de andar. No lo vuelves a ver, o nunca sabes que lo ves. # invented
* [Llevarlo hasta el policía de la esquina.]
    No dices nada y caminas derecho hasta el policía de la esquina de la plaza. Cuando te volteas para señalarlo, el hombre del buen sombrero ya no está. El policía anota lo del sombrero. # invented
    ~ raise(trust_police, 1)
-
Cuando traen de regreso el coche de la casa que encontraron, te pasas una tarde debajo de él. # invented
* [Sacar el lodo del mecanismo.]
    Raspas una cubeta de lodo rojo de debajo de las salpicaderas y vuelves a hacer que el motor gire. Tose, prende y se asienta. # sfx: car_engine # invented
    ~ raise(trust_guards, 1)
* [Escribir a casa sobre eso.]
    Hermanos: el coche ya camina otra vez y nadie más camina, no como se debe. Lo tachas, porque lo van a leer en voz alta en una asamblea, y mejor escribes que la casa necesita dinero para una puerta de acero. # class: letter # invented
    ~ letters_home++
- Es de noche, y los guardias discuten en el cuarto de guardia si deben pedirle al Viejo más hombres, más dinero, una puerta de verdad. Todos están de acuerdo. Nadie sabe de dónde va a salir. # invented
Luego la discusión da la vuelta, como las discusiones del cuarto de guardia, hacia la disciplina: quién duerme cuándo, quién revisa la puerta, si a un voluntario se le pueden dar órdenes como a un soldado. # invented
* [Decir que la casa necesita un capitán y un rol de guardias en la pared.]
    {house ? night_rota: Sacas la lista que escribiste en mayo en el reverso de una nota del mandado y la lees en voz alta: alguien escribe el rol, todos lo firman, nadie cambia un turno sin avisarle al encargado.|Dices lo que aprendiste en la huelga: un piquete sin despachador es una bola de gente. Alguien escribe el rol, todos lo firman y nadie cambia un turno sin avisarle al encargado.} # invented
    Un par de los otros asienten. Alguien dice que eso mismo llevan diciendo desde abril. # invented
    ~ house += night_rota
    ~ raise(trust_guards, 1)
* [Decir que los voluntarios no son soldados.]
    Dices que a gente que vino aquí a cambio de nada no se le puede entrenar como a reclutas. Vinieron porque creen; eso tiene que bastar. # invented
    Nadie contesta. Bastaba, piensas, hasta las cuatro de la mañana del día veinticuatro. # invented
- Sales a revisar la puerta de la cochera antes de acostarte, y luego, porque no puedes evitarlo, la revisas otra vez. # invented
-> break_in_case

= break_in_case
# scene: guardroom
# time: day
# ambience: house
Principios de junio. La investigación da un giro. # cite: ss
{classroom_cut:
    La policía rastrea los uniformes de los asaltantes. La pista lleva a una casa de campo en Santa Rosa, en el camino al Desierto de los Leones, y al pintor David Alfaro Siqueiros, que encabezó a los asaltantes. Siqueiros se ha escondido. # cite: ss
- else:
    La policía rastrea los uniformes. El hombre que los consiguió, Luis Mateo Martínez, da el nombre de un miembro del Partido Comunista, David Serrano Andonegui. # cite: ss
    De Serrano la pista lleva a otros hombres, y de uno de ellos, Mariano Herrera Vázquez, a una casa de campo en Santa Rosa, en el camino al Desierto de los Leones, rentada por los hermanos Arenal. # cite: ss
    Los Arenal son cuñados del pintor David Alfaro Siqueiros, que encabezó a los asaltantes. Siqueiros se ha escondido. # cite: ss
}
{not classroom_cut:
    Detienen a miembros del Partido Comunista, más de veinte en total. # cite: ss
}
El coronel ya no habla de autoasalto. # cite: ss
{ch3_aftermath.watched_colonel:
    Te acuerdas de él agachado junto a la puerta de la recámara la primera mañana, preguntando quién tenía llaves de la cochera. # invented
}
En la casa nadie necesita que el coronel diga quién los mandó. El Viejo lo dice desde la primera mañana: la orden vino de Stalin, la GPU lo planeó y comunistas mexicanos lo ejecutaron. # cite: lt_ssmd
{known ? k_harte_past: Piensas en lo que has sabido de Bob y de la puerta: detrás de un pintor famoso tiene que haber un profesional, alguien a quien Bob conocía. Quién, nadie entre estos muros puede decirlo.|Los guardias añaden una sospecha propia: detrás de un pintor famoso tiene que haber un profesional, alguien que conocía la casa y a quien Bob conocía. Quién, nadie entre estos muros puede decirlo.} # invented
{classroom_cut: -> santa_rosa}
* [Preguntar si esto quiere decir que Bob está vivo.]
    Le preguntas a uno de los guardias mayores si la casa de campo quiere decir que Bob está vivo. Dice que quiere decir que la policía por fin está buscando en la dirección correcta. No es lo mismo. # invented
* [Preguntar si van a atrapar a Siqueiros.]
    Preguntas si van a atrapar a Siqueiros. Nadie sabe. Es un hombre famoso con muchos amigos, y México es un país grande. # invented
    Lo atraparán en octubre, en Jalisco. Tú no puedes saberlo. # cite: sa
- La mitad de la casa tiene esperanza. La otra mitad ya dejó de decir cualquier cosa. # invented
-> santa_rosa

= santa_rosa
# scene: guardroom
# time: dusk
# music: grief
# ambience: rain
Martes 25 de junio de 1940. # cite: rou
La policía excava en la casa de campo de Santa Rosa, un rancho llamado Tlaninilalpa, a unos veintidós kilómetros por el camino del Desierto de los Leones. # cite: ss
Bajo el piso de tierra de la cocina encuentran a Bob Harte. Lo habían matado de un balazo y enterrado en cal viva. # record: harte_found_1940_06_25 # cite: rou
Unos hombres de la casa van a identificarlo. # cite: ss
{not classroom_cut:
    Ninguno de los que regresan dice gran cosa sobre eso, ni entonces ni después. # invented
}
{not classroom_cut:
    Esa noche el Viejo manda un telegrama de pésame a los padres de Bob en Nueva York, firmado por la casa: Joe Hansen, Harold Robins, Charles Cornell, Jake Cooper, Otto Schüssler, Walter O'Rourke. # cite: rou
}
* [Ir a pararte junto a su catre.]
    {ch3_aftermath.student_room.kept_copy: Te paras junto a su catre con tu copia de la instantánea de abril, Bob riéndose en la azotea, y no sabes qué hacer con las manos.|{ch3_aftermath.student_room.left_alone: Te paras junto a su catre, con sus cosas todavía como las dejaste, y no sabes qué hacer con las manos.|Te paras junto a su catre, en el que nadie ha dormido en un mes, y no sabes qué hacer con las manos.}} # invented
* [Ir a la cochera donde hacía guardia.]
    {ch3_aftermath.chase: Te paras en la cochera, donde quisiste un coche para ir a buscarlo. La puerta atrancada parece una puerta cualquiera.|Te paras en la cochera donde él hacía guardia. La puerta atrancada parece una puerta cualquiera.} # invented
* [Ir a las conejeras con Seva.]
    Seva les está dando de comer a los conejos. Lo haces con él, un puñado a la vez, y ninguno de los dos dice el nombre de Bob. # invented
    ~ raise(trust_seva, 1)
- En los días siguientes, la casa se divide en silencio por una pregunta: ¿quién era Bob Harte? # invented
-> harte_view

= harte_view
# scene: library
# time: day
# music: none
# ambience: house
La respuesta del Viejo es firme. Si Bob hubiera sido agente de la GPU, dice, podría haber matado él mismo a Trotsky cualquier noche, sin veinte hombres. Su cuerpo en la cal desmiente las calumnias. # cite: rou
{not classroom_cut:
    «El cadáver de Bob Sheldon Harte es una trágica refutación de todas las calumnias», diría la casa por escrito. # class: quote # cite: rou
}
{not classroom_cut:
    Más tarde se pondrá una placa en la casa: «En memoria de Robert Sheldon Harte, 1915–1940, asesinado por Stalin». # cite: rou
}
La pregunta no se cerró en 1940. Décadas después, los historiadores Andrew y Mitrokhin, a partir de archivos de la KGB, escribieron que Bob le abrió la puerta a un hombre que conocía, Felipe, sin saber lo que se planeaba; que lo impactaron los disparos, sobre todo contra el niño; y que lo mataron para que no hablara. # class: note # cite: mit
Patenaude sigue fuentes soviéticas según las cuales Bob conocía a Felipe. Esteban Volkov, el Seva ya viejo, dijo lo mismo: que Bob abrió la puerta. # class: note # cite: ev
Otros relatos, a partir de una declaración de 1954 atribuida al oficial de la NKVD Eitingon y repetida por autores posteriores, dicen que Bob era agente de la NKVD y que lo mataron cuando tuvo dudas. La familia de Bob Harte, en un escrito de 2020, pinta un retrato más incierto y más humano. # class: note # cite: wsws # cite: lq
Nadie lo ha resuelto. # class: note # cite: lq
¿Qué crees tú de Bob?
* [Fue una víctima: lo secuestraron y lo mataron por lo que vio.]
    Le crees al Viejo. Bob era un guardia al que sometieron, se llevaron y mataron. Era tu amigo, y no hay más que decir. # view: harte_victim # invented
* [Lo engañaron: le abrió la puerta a una cara en la que confiaba.]
    Crees que Bob abrió la puerta porque alguien que conocía se lo pidió, y nunca se imaginó lo que vendría después. Ese fue su error, y le costó la vida. # view: harte_deceived # invented
* (thought_agent) [Era un agente: lo reclutaron y lo mataron cuando dudó.]
    Crees lo peor: que trabajaba para ellos desde el principio, y que lo mataron cuando dudó. Es un pensamiento frío para tenerlo sobre alguien que dormía al otro lado del cuarto. # view: harte_agent # invented
* [No lo sabes, y no vas a fingir que sí.]
    No lo sabes. No estás seguro de que alguien llegue a saberlo. Decides dejar la pregunta abierta en vez de llenarla con lo que te gustaría que fuera cierto. # view: harte_unsure # invented
- Pienses lo que pienses, Bob Harte está muerto, y la casa tiene que seguir vigilada. # invented
{classroom_cut: -> packed}
{ch3_aftermath.student_room.read_letters: Hay que empacar sus cosas y mandarlas a Nueva York, con las cartas que devolvió la policía.|Hay que empacar sus cosas y mandarlas a Nueva York.} # invented
* [Empacarlas tú mismo.]
    Las empacas tú mismo: los libros, las cosas de rasurar, las cartas de su casa todavía en sus sobres. No te quedas con nada, ni siquiera con lo que te gustaría guardar. # invented
    ~ raise(trust_guards, 1)
* [Avisarle a tu propia gente.]
    {role == mexican: Vas una hora a tu casa y le dices a tu madre que el muchacho gringo de la puerta de la cochera está muerto. Ella le prende una veladora frente a la Virgen sin preguntar si a él le habría gustado.|Escribes a casa, cuatro renglones: que mataron aquí a un amigo tuyo, que te quedas, que nadie se preocupe. Lo lees dos veces y lo echas al correo antes de que se te ocurra un quinto.} # invented
    ~ letters_home++
- (packed)
{thought_agent: El Viejo escribe esa noche, como escribe todas las noches. Tú te quedas despierto con el pensamiento frío que escogiste. En el patio ya esperan las primeras cargas de acero y ladrillo de los albañiles.|{letters_home >= 3: El Viejo escribe esa noche, como escribe todas las noches; y ahora, tú también. En el patio ya esperan las primeras cargas de acero y ladrillo de los albañiles.|El Viejo escribe esa noche, como escribe todas las noches. En el patio ya esperan las primeras cargas de acero y ladrillo de los albañiles.}} # invented # pause
-> ch4_fortress
