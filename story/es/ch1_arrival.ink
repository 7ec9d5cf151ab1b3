// Chapter 1: spring 1940. Arrival at Avenida Viena 19, the compound, the household, routines, Jacson outside,
// May Day, the security debate (after the march, so that the proposals loop is the last reader of its variables). Plays from its first line with default variables. No record beat here (the
// spine starts in ch2); backstory arrives as `# recall:` through people and papers.
=== ch1_arrival
# checkpoint: ch1_arrival
# scene: street
# time: day
# music: house
# ambience: street
Marzo de 1940. La temporada de secas está por terminar; hay polvo sobre todas las cosas. # invented
{
- role == teamster: -> teamster_arrives
- role == student: -> student_arrives
- else: -> mexican_arrives
}

= teamster_arrives
Cuatro días en Greyhound y en tren de segunda, con la caja de herramientas entre las rodillas. # invented
Un niño te señala la Avenida Viena sin que preguntes: todo el mundo sabe dónde vive el ruso. # invented
Un camino de tierra lleno de surcos, jacales de adobe, un perro dormido en la única sombra. Al final, sobre el cauce seco del Churubusco, se levanta un muro demasiado alto para una casa de veraneo. # cite: pat
* [Mirar el muro como ingeniero]
  Lo mides a pasos. Por lo menos cuatro metros, ladrillo nuevo sobre viejo; el viejo portón de hierro, tapiado. # cite: pat # invented
  La única entrada es una puerta de cochera de madera, en la esquina, atrancada por dentro. # cite: pat
  ~ raise(trust_guards, 1)
* [Mirar a los hombres de la caseta de ladrillo]
  Policías mexicanos en una caseta de ladrillo junto al muro, con los rifles recargados en la puerta. Uno te mira de arriba abajo y vuelve a su cigarro. # cite: pat # invented
  ~ raise(trust_police, 1)
-
Tocas como decía la carta del sindicato: dos veces, y luego una. # invented
-> the_garage

= student_arrives
Tres días de tren desde Nueva York, leyendo lápiz en mano el informe de la Comisión Dewey, No culpable. # invented
Su subcomisión había celebrado trece sesiones en abril de 1937, en la Casa Azul de los Rivera, a unas calles de aquí. Su veredicto, publicado en Nueva York ese septiembre: las acusaciones de los procesos de Moscú contra Trotsky y su hijo eran un montaje. # cite: pat # cite: dewey # recall: dewey_hearings_1937_04
~ known += k_moscow_trials
Al final de la Avenida Viena, el camino de tierra termina sobre un cauce seco donde unas mujeres tallan ropa en las piedras. Frente a ellas, un muro de cuatro metros de alto. # cite: sch
Te enderezas la corbata. Hace demasiado calor para corbata. # invented
Hay una sola puerta: una puerta de cochera en la esquina, con mirilla. Tocas. # cite: pat
-> the_garage

= mexican_arrives
# ambience: street
Vienes caminando desde la casa de tu madre, por la orilla del río. Toda la vida esto fue la vieja quinta junto al Churubusco, una casa de verano caída a pedazos. # cite: pat
Desde la primavera pasada es la casa del ruso, y los muros han crecido. El portón de hierro donde se recargaba tu papá está tapiado. # cite: pat # invented
Los policías de la caseta de ladrillo te conocen del barrio. # invented
* (greeted) [Saludarlos por su nombre]
  —Buenas tardes, don Chema. Buenas, Güero. # invented
  Chema es panzón y buena gente; el Güero lee la página de deportes. Tienen órdenes de cuidar la casa, no de quererla. # invented
  ~ raise(trust_police, 1)
* (nodded) [Saludar con la cabeza y seguir]
  Un uniforme es un uniforme, aunque lo traiga alguien con quien fuiste a la escuela. # invented
-
Son cinco los que se turnan en la caseta de día y de noche, pagados por el gobierno para vigilar a un hombre al que la mitad de los amigos del gobierno quisiera ver expulsado. # cite: pat
Tu grupo te mandó porque los norteamericanos necesitan a alguien que hable con la policía, la cocinera y el del hielo. Tocas la puerta de la cochera. # invented
-> the_garage

= the_garage
# scene: gate
# ambience: garden
# sfx: gate_bolt
Se corre un cerrojo. Un joven norteamericano te mira por encima de un revólver, luego mira tu carta. # invented
Es Harold Robins, a quien los guardias tratan como su capitán. Te deja pasar y atranca la puerta. # cite: pat # invented
Adentro están los dos coches de la casa; uno es el Dodge que Joe Hansen trajo nuevo de Estados Unidos en 1937. # cite: pat
Todo entra y sale por aquí. # cite: pat
{role == teamster: Pones la mano en la salpicadera del Dodge. Alguien ha descuidado las llantas. # invented}
—Bienvenido a la fortaleza —dice Robins—. O a lo que hay. # invented
# scene: plan
{not classroom_cut: Te da la vuelta por todo. # invented}
{classroom_cut: -> household}
-> tour

= tour
* (saw_house) [La casa]
  # scene: plan
  La casa es una T. A lo largo del muro oriente, biblioteca, comedor, cocina, baño y una recámara se comunican entre sí, con ventanales tras rejas de hierro. # cite: pat
  En el tronco de la T, el estudio del Viejo, un baño, la recámara que comparte con Natalia y, junto a ella, la de su nieto Seva, con puerta al jardín. # cite: sch
  La recámara tiene ventanas comunes y puertas de madera. «Ya lo sabemos», dice Robins. # invented
  -> tour
* (saw_guardrooms) [Los cuartos de los guardias]
  # scene: guardroom
  Pegados al muro del patio, cuatro cuartos bajos que antes fueron de la servidumbre, donde ahora duermen los guardias: catres, libros, una parrilla eléctrica, rifles en un armero. # cite: pat
  Un cable de timbre va de la casa a estos cuartos: la alarma. # cite: pat
  -> tour
* (saw_garden) [El jardín y los animales]
  # scene: patio
  Detrás de la cochera, conejeras, y luego un gallinero con cuatro docenas de gallinas. El Viejo les da de comer a los conejos él mismo, en la mañana y al caer la tarde. # cite: sch
  Entre los senderos, cactus tan altos como un hombre, desenterrados en el campo el invierno pasado y traídos en los coches. # cite: pat
  Por encima de todo, un eucalipto de casi treinta metros, y frutales bajo los que escarban las gallinas. # cite: sch
  -> tour
* (saw_tower) [La torre vieja]
  # scene: tower
  En una esquina, una vieja torre de estuco. Desde arriba se ve el camino, el cauce del río, las milpas, los volcanes. # cite: sch # invented
  De noche, dice Robins, la guardia se hace abajo, por dentro de la puerta de la cochera. # cite: han40
  -> tour
* (saw_river) [El cauce del río]
  # scene: street
  El Churubusco es una cinta gris de piedras. Solo un lado del recinto colinda con un vecino; lo demás da al camino, al río y al campo. # cite: sch
  {role == mexican: En ese río aprendiste a nadar, el único año que traía suficiente agua. # invented}
  -> tour
+ [Basta por el primer día]
  -
-> household

= household
# scene: dining
# ambience: house
Esa noche la familia, los secretarios y los guardias cenan juntos, en cuatro idiomas: ruso entre el Viejo y Natalia, francés para la casa, inglés para los norteamericanos, español para la cocina y la policía. # cite: pat
Entre los guardias son «el Viejo» y «la Vieja», nunca en su cara. # cite: pat
-> faces

= faces
* [Al Viejo]
  Sesenta años, pelo blanco, barba en punta, lentes redondos; come rápido y escucha. En un inglés cuidadoso te pregunta de dónde vienes. # invented
  {
  - role == teamster: Al oír «Local 574, Minneapolis» te hace dos preguntas precisas sobre las brigadas volantes de 1934. # invented
  - role == student: Al oír City College, te pregunta qué leen allá los estudiantes, y escucha como si importara. # invented
  - else: Al oír Coyoacán, a tres calles, te vuelve a preguntar tu nombre, para acordarse. # invented
  }
  Le debe a Harper & Brothers una biografía de Stalin muy atrasada; la casa necesita el anticipo. # cite: pat
  ~ raise(trust_lt, 1)
  -> faces
* [A Natalia Sedova]
  Natalia Ivánovna es menuda y muy derecha. Habla poco, y entiende el inglés mejor de lo que deja ver. # cite: pat
  Te acerca el pan. # invented
  ~ raise(trust_natalia, 1)
  -> faces
* [Al muchacho]
  Seva tiene casi catorce años: un muchacho flaco con la frente de su abuelo. En la escuela de Coyoacán, adonde camina solo cada mañana, es Esteban. # cite: ev
  Los Rosmer lo trajeron de París en agosto pasado, después de un pleito por su custodia en Francia. Su madre, Zina, hija de Trotsky, murió en Berlín en 1933; a su padre lo fusilaron en la Unión Soviética en 1936. # cite: ev # recall: seva_arrives_1939_08
  Si el Viejo puede evitarlo, nadie habla de política delante de él. # cite: ev
  ~ raise(trust_seva, 1)
  -> faces
* {not classroom_cut} [A los Rosmer]
  Alfred y Marguerite Rosmer, franceses, de más de sesenta años: amigos del Viejo desde el París de la Primera Guerra Mundial. # cite: pat
  Alfred formó parte de la Comisión Dewey de 1937, que examinó las acusaciones de los procesos de Moscú y las declaró falsas. # cite: pat # cite: dewey # recall: dewey_hearings_1937_04
  Marguerite es la que hace reír a Natalia. # invented
  ~ known += k_moscow_trials
  -> faces
* (met_secretaries) {not classroom_cut} [A los secretarios]
  Otto Schüssler, alemán, es secretario del Viejo desde la isla de Prinkipo, en 1932, y está aquí desde febrero de 1939. # cite: wp
  Jean van Heijenoort, «Van», el secretario principal durante siete años, se fue en noviembre pasado. # cite: vh
  -> faces
* (kitchen) {not classroom_cut} [A la puerta de la cocina]
  Por la puerta de la cocina: Carmen, la cocinera, y Belem, la muchacha, platicando en voz baja junto a la estufa. # cite: pat
  {role == mexican: Carmen te pregunta en español de quién eres hijo. Conoce a tu tía. Te sirven dos veces. # invented}
  -> faces
+ [Suficientes caras por una noche]
  -
{classroom_cut: -> days}
-> first_watch

= first_watch
# scene: gate
# time: night
# ambience: night
# music: none
Tu primera guardia nocturna es de siete a una, por dentro de la puerta de la cochera: una silla, un revólver, la tranca atravesada. # cite: sch
A las once alguien trae leche y bolillos{faces.kitchen:, de la cocina a la que te asomaste en la cena}. # cite: sch
Tu relevo es Aurelio, un compañero mexicano mayor, impresor, que en 1937 cuidó la Casa Azul de los Rivera. # invented
En esos años, compañeros mexicanos sí cuidaban de noche la Casa Azul. # cite: vh
-> aurelio

= aurelio
* [Preguntarle cómo llegó el Viejo a México]
  —En enero de 1937. A Tampico. En un buque tanque noruego, el Ruth, con Natalia y un policía noruego. # invented
  No quiso desembarcar hasta ver amigos. Frida Kahlo subió a bordo en nombre de Diego Rivera, que estaba enfermo, con dos compañeros norteamericanos; el policía devolvió pasaportes y revólveres, y un tren especial los llevó a la capital. # cite: pat # cite: el_universal_1937 # recall: tampico_1937_01_09
  ~ known += k_asylum
  -> aurelio
* (blue_house) [Preguntarle por la Casa Azul]
  —En la calle de Londres. Tapiamos las ventanas de la calle. # invented
  Los Trotsky vivieron ahí más de dos años, desde enero de 1937. # cite: pat # recall: blue_house_1937
  -> aurelio
* (why_left) [Preguntarle por qué se fueron]
  —Diego y el Viejo se pelearon. Política, orgullo, renta. # invented
  El 14 de febrero de 1939 Trotsky le escribió a un compañero que ya no podía aceptar la hospitalidad de Rivera; Rivera dejó la Cuarta Internacional. # cite: pat
  La familia se mudó aquí, a tres calles, en la primavera de 1939: en abril o a principios de mayo, los relatos no coinciden. # cite: pat # cite: chronicles_1990 # recall: move_to_viena_1939
  -> aurelio
* [Preguntarle por su hijo]
  —¿El de París? Liova. # invented
  León Sedov, el hijo mayor del Viejo, murió en una clínica de París el 16 de febrero de 1938 después de una operación. Trotsky creía que no fue una muerte natural. # cite: pat # recall: sedov_dies_1938_02_16
  Cuando llegó la noticia, los secretarios retiraron sin decir nada la pistolita que usaba de pisapapeles. # cite: pat
  El hijo menor, Serguéi, un ingeniero al que nunca le interesó la política, había desaparecido en las cárceles soviéticas; la familia no sabía que lo habían fusilado en 1937. # cite: pat
  ~ known += k_sedov
  -> aurelio
+ [Dejarlo dormir]
  —Mañana —dice Aurelio, y se sienta en la silla. # invented
  -
-> days

= days
# scene: patio
# time: day
# ambience: garden
# music: house
El Viejo se levanta temprano, les da de comer él mismo a los conejos y a las gallinas, y luego dicta durante horas; las máquinas de escribir le contestan desde la biblioteca. # cite: pat
{not classroom_cut: La comida, una siesta corta, el té con Natalia a las cinco, los conejos otra vez antes del anochecer. # cite: pat}
{not classroom_cut: Para los guardias: guardias nocturnas, armas que limpiar, mandados, coches. # cite: sch}
{classroom_cut: -> role_spring}
* [Ayudar con los animales]
  El Viejo está en las conejeras con guantes de trabajo, y te enseña con un gusto severo cuánto alimento, y qué tan fresca el agua. # invented
  Tiene sus ideas sobre los conejos. Tú te guardas las tuyas. # invented
  ~ raise(trust_lt, 1)
* [Limpiar las armas]
  Limpias todas las armas del armero, cuentas las municiones y no te gusta la cuenta. # invented
  ~ raise(trust_guards, 1)
* [Pasear con Seva]
  {tour.saw_garden: Seva te enseña los cactus junto a los que pasaste el primer día, y el nombre en latín de tres.|Seva te enseña los cactus, con el nombre en latín de tres.} # invented
  {trust_seva >= 2: Te ha guardado una pregunta desde la cena: ¿has visto una película de Buster Keaton? Sí.|Te pregunta si has visto una película de Buster Keaton. Sí.} Con eso algo queda arreglado entre ustedes. # invented
  ~ raise(trust_seva, 1)
-
Alexander Buchman, un ingeniero de Cleveland, filma en color al Viejo entre los cactus hasta que se va, en abril. # cite: pat
-> role_spring

= role_spring
{
- role == teamster: -> teamster_garage
- role == student: -> student_library
- else: -> mexican_street
}

// ---------------------------------------------------------------- the Teamster's own spring
= teamster_garage
# scene: gate
# ambience: garden
La cochera se vuelve tuya sin que nadie lo decida. # invented
La casa tiene dos coches y ningún mecánico. Los guardias llevan al Viejo, el mandado, las visitas, a Natalia; nadie les cambia el aceite. # cite: pat
* (start_dodge) [Empezar por el Dodge]
  Bujías nuevas, el carburador desarmado sobre un periódico, una fuga lenta parchada. Para la noche el Dodge arranca a la primera. # invented
* (other_car) [Empezar por el otro coche]
  Las balatas del segundo coche están casi acabadas. Haces una lista de refacciones. # invented
-
—Para las refacciones, llévate a alguien —dice Robins—. Aquí nadie va solo a ningún lado. # invented
-> teamster_town

= teamster_town
# scene: market
# ambience: market
En Coyoacán, con un compañero que te traduce, das con el taller de don Refugio junto al mercado: un hombre grande y callado, Zapata sobre el banco. # invented
Tiene las balatas. Sabe para quién trabajas. # invented
* (told_him) [Decírselo]
  —Para el ruso —dices, porque ya lo sabe. # invented
  —Los frenos son frenos —dice don Refugio, y te da un precio un poco más bajo del que pensó primero. # invented
* (said_american) [Decir que trabajas para un norteamericano]
  —Para un norteamericano. —Don Refugio mira el Dodge, que conoce cualquier niño de Coyoacán, y te cobra el precio completo. # invented
-
De regreso, un voceador agita El Popular frente al coche. Desde enero los periódicos comunistas le dicen al Viejo traidor de todas las maneras posibles. # cite: ev
~ known += k_comintern_press
{classroom_cut: -> teamster_letter}
-> teamster_discipline

= teamster_discipline
# scene: guardroom
# time: night
# ambience: night
En los cuartos de los guardias, ya tarde, una discusión que vas a oír muchas veces. # invented
Algunos guardias son compañeros antes que nada: libros, amigos en el centro, las guardias como vayan saliendo. Otros quieren un ejército: horarios fijos, órdenes, ejercicios. # invented
* (drill) [Ponerte del lado de la disciplina]
  —En el treinta y cuatro teníamos brigadas volantes y un despachador, y nadie se iba a su casa hasta que el despachador lo decía —dices—. Por eso ganamos. # invented
  Alguien avienta una almohada. Pero Robins asiente, despacio. # invented
  ~ raise(trust_guards, 1)
* [Ponerte del lado de los compañeros]
  —No somos soldados —dices—. Aquí a nadie le pagan. Si lo vuelven cuartel, se van a ir a su casa. # invented
  Lo cual es cierto, y nadie puede contestarlo. # invented
  ~ raise(trust_guards, 1)
* [No decir nada y arreglar el catre]
  Mientras discuten, le arreglas con alambre la pata rota a un catre. En la mañana todos están de acuerdo en que fue lo único útil que pasó. # invented
  ~ raise(trust_guards, 1)
-
-> teamster_casas

= teamster_casas
# scene: patio
# time: day
# ambience: garden
El sargento Casas, de la policía, acompañó al Viejo en sus cacerías de cactus todo el invierno. # cite: pat
Te ayuda a meter a palanca una biznaga en un hoyo nuevo, y te cuenta de las cacerías en mal inglés y con buenos ademanes. # invented
El Viejo desenterraba los cactus él mismo con un pico, y el sargento y un guardia le ayudaban a cargarlos a la casa, algunos de casi noventa kilos. # cite: pat
* [Preguntarle a Casas qué piensa del Viejo]
  —Trabaja como campesino —dice Casas al fin, un elogio—. Un hombre que cava así no le tiene miedo a nada. Ese es el problema. # invented
  ~ raise(trust_police, 1)
* [Preguntarle cómo aguantaban los coches los caminos]
  Imita un coche brincando sobre los baches, un cactus en el asiento de atrás con las espinas clavadas en la vestidura del techo. Eso explica la vestidura del techo. # invented
  ~ raise(trust_police, 1)
-
Seva te encuentra cambiando una llanta ponchada del {teamster_garage.start_dodge:segundo coche|Dodge} y te pregunta si él puede hacerlo. # invented
* [Enseñarle a cambiar una llanta]
  El gato, las tuercas que se aflojan antes de levantar la rueda, que se aprietan en cruz. Lo hace dos veces, con grasa en la nariz. # invented
  —No le digas a mi abuela —dice, en francés, luego en español, luego en inglés, para estar seguro. # invented
  ~ raise(trust_seva, 1)
* [Mandarlo a hacer su tarea]
  Se va sin discutir, que es peor. # invented
  ~ raise(trust_natalia, 1)
-
-> teamster_letter

= teamster_letter
Escribes a casa a la luz de la parrilla eléctrica. # invented
* [Escribirle a tu madre]
  ~ letters_home++
  Querida mamá: el tiempo está bueno, la comida está caliente, no corro ningún peligro que valga la pena mencionar, el trabajo es casi todo de carpintería y coches. No le enseñes esta carta al padre Kowalski. # class: letter # invented
* [Escribirle al local del sindicato]
  ~ letters_home++
  Hermanos: la casa tiene una puerta, dos coches, cinco guardias y no suficiente de nada más. Manden dinero y un buen mecánico que no sea yo. Fraternalmente. # class: letter # invented
-
-> jacson_outside

// ---------------------------------------------------------------- the Student's own spring
= student_library
# scene: library
# ambience: house
# sfx: typewriter
{classroom_cut: -> student_debate}
Estantes hasta el techo; periódicos en seis idiomas; cartas de todos los países donde todavía queda un trotskista con un timbre postal. # invented
Tu francés te gana un escritorio junto a la ventana y un montón de cartas que ordenar. # invented
* [Leer las cartas de París]
  Las cartas de París hablan de dinero, de escisiones y de la guerra. Una habla de «Liova» en pasado, como si todavía doliera. # invented
  ~ known += k_sedov
* [Leer las pruebas de la biografía de Stalin]
  Un capítulo de la biografía de Stalin a máquina, corregido en una letra pequeña y dura. Harper & Brothers la quiere; va muy atrasada. # cite: pat
  ~ raise(trust_lt, 1)
* [Leer los periódicos en español]
  Batallas con La Voz de México y un diccionario. La palabra «traidor» te la aprendes en la primera página. # invented
  ~ known += k_comintern_press
-
-> student_debate

= student_debate
# scene: dining
El movimiento se está dividiendo, y la división se discute en la mesa del comedor. # invented
En Nueva York, Max Shachtman y James Burnham encabezan la minoría, y la ruptura llegará en la convención del partido, en abril: después del pacto de Stalin con Hitler y la invasión de Finlandia, ¿sigue siendo la Unión Soviética un Estado obrero que hay que defender? El Viejo ha escrito extensamente contra ellos. # cite: pat # cite: fi_1940_08
* [Defender a la mayoría]
  Defiendes a la mayoría, citándole al Viejo al propio Viejo, con la cara ardiendo. Te deja terminar y te corrige una fecha. # invented
  ~ raise(trust_lt, 1)
* [Admitir que tienes amigos en la minoría]
  Admites que la mitad de tus amigos del City College se fueron con Shachtman. El Viejo te escucha; no sabes qué piensa. # invented
  ~ raise(trust_lt, 1)
* [Escuchar]
  Escuchas. Los Rosmer también escuchan. Natalia se levanta y recoge los platos. # invented
  ~ raise(trust_natalia, 1)
-
{classroom_cut: -> student_bob}
Después de la cena Seva lleva sus libros de la escuela a la biblioteca. Le dijeron que no les pidiera ayuda a los secretarios, así que te la pide a ti. # invented
* [Ayudarle con el francés]
  La composición es sobre un viaje. Escribió sobre un barco y una ciudad llena de lluvia, lo tachó todo y escribió sobre una bicicleta. # invented
  No le preguntas por el barco. Le corriges la bicicleta. # invented
  ~ raise(trust_seva, 1)
* [Ayudarle con las cuentas]
  Las cuentas son de costales de maíz y del precio del huevo en el mercado de Coyoacán. Es más rápido que tú. Es amable al respecto. # invented
  ~ raise(trust_seva, 1)
* [Decirle que lo haga solo]
  Le dices que lo haga solo. Lo hace, se equivoca en una cuenta, te la enseña, y los dos se ríen. # invented
  ~ raise(trust_seva, 1)
-
El Viejo se asoma a la puerta, los ve a los dos y se va sin decir nada. # invented
-> student_bob

= student_bob
# scene: gate
# ambience: garden
En abril llega tu amigo de Nueva York, como secretario y guardia: Robert Sheldon Harte, Bob, de veinticinco años, hijo de un hombre de negocios. # cite: rou
Tiene una sonrisa simpática y una maleta nueva. # invented
~ known += k_harte_past
* [Recibirlo en la puerta de la cochera]
  Le enseñas la tranca, la mirilla y cómo se atora el cerrojo. Se ríe de tu corbata. # invented
  ~ raise(trust_guards, 1)
* (library_first) [Enseñarle primero la biblioteca]
  Le enseñas la biblioteca, donde te sientes orgulloso de estar. «Bueno», dice, «ya encontraste tu iglesia». # invented
-
{classroom_cut: -> student_walk}
En una semana Bob se hace amigo de todos. # invented
Años después, Seva recordaba que el Viejo regañó una vez a Bob, poco después de que llegó, por dejar abierta la puerta de la calle. # cite: ev
* (teased) [Burlarte de él por eso]
  —La puerta —le dices cada vez que pasa. Se vuelve una broma entre ustedes. # invented
  ~ raise(trust_guards, 1)
* (let_it_pass) [No decir nada]
  El mal genio del Viejo pasa como el mal tiempo, y Bob ya está bastante apenado. # invented
-
-> student_walk

= student_walk
{classroom_cut: -> student_natalia}
# scene: market
# ambience: street
Una tarde libre, tú y Bob caminan hasta Coyoacán con un tercer guardia: nadie sale solo. # invented
En la calle de Londres, la Casa Azul, donde vivió el Viejo hasta la primavera pasada y donde sesionó la Comisión Dewey. # cite: pat
Sus muros son de un azul que dan ganas de beberse. # invented
* [Detenerte a mirarla]
  Bob dice que parece un cuento de hadas. Tú dices que este terminó en un pleito por política y por la renta. # invented
  ~ known += k_asylum
* (walked_on) [Seguir de largo]
  Desde el pleito con Rivera, no es una casa a la que nadie de la Avenida Viena vaya de visita. # invented
-
{
- student_bob.library_first: Bob compra churros y se burla de tu iglesia todo el camino de regreso; durante una hora es como tener veinte años en cualquier parte. # invented
- student_bob.teased: «Puerta», dice Bob en cada puerta de Coyoacán, para ganarte; durante una hora es como tener veinte años en cualquier parte. # invented
- student_bob.let_it_pass: Bob compra churros para los tres y no dice nada de puertas; durante una hora es como tener veinte años en cualquier parte. # invented
- else: Compran churros en la plaza y se los comen caminando, y durante una hora es como tener veinte años en cualquier parte. # invented
}
-> student_natalia

= student_natalia
# scene: library
# ambience: house
Esa noche Natalia entra a la biblioteca por un periódico francés, y te encuentra leyéndolo. # invented
Te habla en francés, y lo habla bien, y de pronto tu francés es muy pobre. # cite: pat # invented
* [Preguntarle por París]
  Te cuenta de los jardines de Luxemburgo antes de la otra guerra, y se detiene, como si hubiera entrado a un cuarto donde falta alguien. # invented
  ~ raise(trust_natalia, 1)
* [Preguntarle si le gusta México]
  Le preguntas si le gusta México. Dice que la luz es muy hermosa. Es todo lo que dice. # invented
  ~ raise(trust_natalia, 1)
* (gave_paper) [Darle el periódico sin decir nada]
  Le das el periódico. Lo lee de pie, junto a la ventana. # invented
-
Le escribes a tu hermana. # invented
* [Escribirle sobre Bob]
  ~ letters_home++
  Querida Miriam: Bob ya está aquí y todos lo quieren, claro. Tengo un escritorio junto a una ventana y vista a un conejo. El Viejo me corrigió el francés. No le cuentes a mamá de las armas. # class: letter # invented
* [Escribirle sobre el trabajo]
  ~ letters_home++
  Querida Miriam: traduzco cartas de gente que nunca voy a conocer sobre una guerra en la que espero que nunca entremos. Es el trabajo más importante que he hecho, y nadie lo va a saber nunca. # class: letter # invented
-
-> jacson_outside

// ---------------------------------------------------------------- the Mexican comrade's own spring
= mexican_street
# scene: street
# ambience: street
Tú eres los oídos de la casa en la calle. # invented
Desde enero, El Popular y La Voz de México atacan al Viejo con más saña que nunca: agente de Hitler, de las compañías petroleras, de los norteamericanos. # cite: ev
~ known += k_comintern_press
{not classroom_cut: Seva recordaba después que el Viejo decía que esos periodistas parecían dispuestos a cambiar la pluma por la ametralladora. # cite: ev}
* [Leer El Popular en voz alta en el cuarto de guardia]
  Les traduces lo peor a los norteamericanos, que se ríen y luego dejan de reírse. # invented
  ~ raise(trust_guards, 1)
* (read_alone) [Leerlo a solas]
  Lo lees a solas en la torre, y piensas en los hombres de tu imprenta que se lo creen. # invented
-
-> mexican_casita

= mexican_casita
# scene: street
{mexican_arrives.nodded: En las tardes les llevas a los policías café de la cocina de Carmen; Chema toma el suyo sin una palabra.|En las tardes les llevas a los policías café de la cocina de Carmen.} # invented
Entre la caseta y el Viejo no hay nada más que el muro y la puerta de la cochera. # cite: pat
* [Preguntarle a Chema cuáles son sus órdenes]
  Chema se rasca el cuello. «Vigilar la casa. Si hay problemas, hablar por teléfono». # invented
  —¿Y pelear? # invented
  —Con lo que tenemos —dice, y mira los rifles viejos. # invented
  ~ raise(trust_police, 1)
* [Preguntarle al Güero qué dicen los vecinos]
  —Que el ruso es rico. Que los gringos son gángsteres. Que se esconde de su propia gente. —El Güero se encoge de hombros—. Lo mismo dicen del padre. # invented
  ~ raise(trust_police, 1)
-
{classroom_cut: -> mexican_printshop}
-> mexican_kitchen

= mexican_kitchen
# scene: dining
# ambience: house
En la cocina, Carmen y Belem, a quienes nadie de fuera les pregunta nunca nada. # invented
* (market_list) [Ayudarle a Carmen con la lista del mercado]
  En el mercado Carmen compra como un general y te pone a cargar. Te pregunta si al ruso le paga Hitler, como dicen los periódicos. # invented
  —No —dices—. El otro sí. —Ella no contesta. # invented
* (asked_belem) [Preguntarle a Belem por su familia]
  El hermano de Belem, del sindicato comunista de electricistas, dice que ella debería buscar otra casa. Ella dice que pagan bien y que la señora es amable. # invented
-
-> mexican_home

= mexican_home
# scene: market
# ambience: market
En tu casa tu hermano Chucho, de quince años, lee El Popular con los pies arriba. # invented
—Dicen que tu ruso es fascista —dice—. ¿Es cierto? # invented
* (argued) [Discutir con él]
  Discuten hasta que tu mamá les grita a los dos. Chucho se lleva el periódico a la cama. # invented
* (come_and_see) [Decirle que venga a ver]
  —Ven a ver —le dices—. Acompáñame a llevar el pan una mañana. —Te mira como si le hubieras pedido que fuera a confesarse. # invented
-
En el puesto de tortas Lupe{mexican_kitchen.market_list:, que te vio cargando para Carmen,} te pregunta si el ruso paga mejor que la imprenta. «Nada», le dices. «Es por la revolución». Se ríe tanto que tiene que sentarse. # invented
-> mexican_printshop

= mexican_printshop
# scene: market
# ambience: street
# time: night
En la imprenta donde trabajas de noche, el capataz, don Isidro, es comunista, y también la mayoría de los hombres de las prensas. # invented
Esta semana el taller imprime los volantes del Partido para el primero de mayo. Compones, letra por letra al revés, una consigna sobre el traidor Trotsky. # invented
* (set_it) [Componerla sin decir nada]
  La compones y no dices nada. La renta es la renta. Después te lavas las manos un buen rato. # invented
* [Componerla mal a propósito]
  Compones «TRAIDOR» con la D de cabeza. Don Isidro la encuentra en la prueba, te mira un largo momento, endereza la D y no dice absolutamente nada. # invented
  ~ known += k_comintern_press
* (other_job) [Pedir que te pongan en otro trabajo]
  Don Isidro te pone a hacer invitaciones de boda y te dice que todo el taller sabe dónde duermes algunas noches; no quiere problemas de ningún lado. # invented
-
{not classroom_cut: De regreso al amanecer encuentras al Güero dormido en su silla. Le pateas la pata de la silla, despacito, y te saluda militarmente, medio en broma. # invented}
Le escribes a tu primo Tomás, a los muelles petroleros de Tampico donde desembarcó el Viejo. # invented
* [Contarle de la casa]
  ~ letters_home++
  Primo: ahora soy guardia, con una pistola más vieja que yo. La casa está llena de extranjeros y de conejos. Si en los muelles hablan del viejo, diles que es amable con la cocinera. # class: letter # invented
* [Preguntarle por los muelles]
  ~ letters_home++
  Primo: ¿todavía hablan en los muelles del buque tanque noruego del 37? Cuéntame todo, tengo una apuesta con un gringo. # class: letter # invented
-
-> jacson_outside

// ---------------------------------------------------------------- shared: the man outside
= jacson_outside
# scene: street
# time: day
# ambience: street
Desde enero, Sylvia Ageloff, compañera de Nueva York cuya hermana Ruth fue secretaria del Viejo en 1937, viene a escribirle a máquina. # cite: pat
~ known += k_sylvia
Su pareja la trae en coche y la espera afuera, sin pedir nunca entrar. Dice llamarse Frank Jacson y dedicarse a los negocios. # cite: pat
* [Llevarle un vaso de agua]
  Te da las gracias con acento francés y habla de las carreteras a Puebla. No te pregunta nada. # invented
  ~ known += k_jacson_story
* (looked_car) [Mirar el coche]
  {role == teamster: Un buen coche, bien cuidado, pagado al contado, supones. Las llantas están mejor que las tuyas. # invented}
  {role != teamster: Un coche grande, bien cuidado. Mientras espera, le saca brillo al parabrisas. # invented}
* (ignored) [No hacerle caso]
  Nadie le hace caso. Eso, entenderás después, es justamente la idea. # invented
-
A fines de marzo Sylvia regresa a Nueva York. Jacson se queda, y se hace amigo de los Rosmer en el centro. # cite: pat
Los guardias ya están acostumbrados a él: es el hombre de Sylvia, y Sylvia es compañera. # cite: pat
* [Decir que no te cae bien]
  —No me cae bien —le dices a Robins—. Un hombre que espera cuatro horas y nunca pide entrar. # invented
  —Es el marido de Sylvia, más o menos —dice Robins—. ¿Lo arresto por paciente? # invented # pushback: warn_about_jacson
  Los guardias, como la familia, confiaban en una cara avalada por compañeros, como pasa en un movimiento pequeño. # cite: pat
  ~ proposals_refused++
* (kept_quiet) [No decir nada]
  Es un hombre en un coche. # invented
-
-> rosmer_hospital

// ---------------------------------------------------------------- shared: Jacson at the door, May Day
= rosmer_hospital
# scene: gate
# time: day
# music: house
# ambience: garden
El primero de mayo Alfred Rosmer entra al Hospital Francés para una operación menor, hasta el día diez. # cite: pat
Toda esa semana Jacson lleva y trae a Marguerite del hospital, y espera afuera. # cite: pat
{jacson_outside.ignored:—Un joven tan amable —dice Marguerite—, y ustedes ni lo voltean a ver.|—Un joven tan amable —dice Marguerite—. Ni siquiera quiere entrar a tomar un café.} # invented
{classroom_cut: -> may_day}
* [Ofrecerle café en la puerta]
  Te {jacson_outside.looked_car:ve mirar otra vez el coche, y te }sonríe{known ? k_jacson_story:, acordándose del vaso de agua}: no debe importunar a un hombre tan ocupado. # invented
  ~ known += k_jacson_story
* (barred) [Atrancar la puerta y volver al trabajo]
  Atrancas la puerta. El motor se queda en marcha un rato y luego se va. # invented
-
-> may_day

= may_day
# ambience: crowd
Ese primero de mayo, una gran marcha comunista por el centro de la ciudad exige que expulsen a Trotsky de México. Cuántos marcharon, los relatos no coinciden. # cite: may_day_bio
{
- role == teamster: -> teamster_may
- role == student: -> student_may
- else: -> mexican_may
}

= teamster_may
# scene: market
En el centro, por refacciones{teamster_town.told_him:, con un saludo de Don Refugio desde su puerta,}{teamster_town.said_american:, frente a Don Refugio, que no te saluda,} esperas en el {teamster_garage.other_car:otro coche|Dodge} en un cruce cerrado mientras pasa la marcha: sindicatos con los que cualquier otro día estarías orgulloso de marchar. # invented
* (watched_faces) [Mirar las caras]
  Choferes, impresores, electricistas: los hombres con los que viniste a estar. Algunos cargan un cartel pintado con la cara del Viejo y una soga. # invented
  Te quedas con las manos en el volante y no tocas el claxon. # invented
* (turned_back) [Dar la vuelta]
  Das la vuelta y te regresas por el camino largo. # invented
-
-> security

= student_may
# scene: library
A la mañana siguiente lo lees en La Voz de México, con el diccionario: los trabajadores de México exigen la expulsión del traidor. # invented
* [Traducírselo al Viejo]
  Lo traduces al francés y lo dejas en el montón. Regresa con una palabra subrayada: «trabajadores». # invented
  ~ raise(trust_lt, 1)
* (showed_bob) [Enseñárselo a Bob]
  Bob lo lee por encima de tu hombro. «Bueno, tendrían que pasar sobre nosotros», dice, y se va a limpiar su pistola. # invented
-
-> security

= mexican_may
# scene: street
# ambience: crowd
La marcha llena las calles desde el Zócalo: sindicatos, maestros, ferrocarrileros, los hombres de tu imprenta y Chucho, con una banderita de papel{mexican_home.argued: que no va a bajar por ti}{mexican_home.come_and_see: y la cara de alguien que todavía no decide}. # invented
* (called_chucho) [Gritarle a Chucho]
  Te ve, voltea para otro lado, y luego te agita la bandera, medio en broma y medio en serio. # invented
* [Quedarte entre la gente]
  Te quedas y te aprendes las consignas, para poder contarle a la casa lo que dice la ciudad. # invented
  ~ known += k_comintern_press
-
Una de las consignas es «¡Fuera Trotsky!». Que se largue. Tiene buen ritmo. # invented
-> security

// ---------------------------------------------------------------- shared: the security debate
= security
# scene: guardroom
# time: night
# ambience: night
# music: dread
Principios de mayo. Después de la marcha, los guardias se juntan con la puerta cerrada{trust_guards >= 3:, y esta vez te esperan}: ¿qué haríamos si vinieran esta noche? # invented
Lo que tiene la casa: una puerta de madera atrancada, un guardia detrás de ella de noche, un timbre de alarma hasta los cuartos de los guardias, cinco policías afuera, un muro, unas cuantas armas. # cite: han40
Desde el otoño de 1937 los secretarios han pedido dos reglas: que se revise a todo visitante y que nunca se deje al Viejo a solas con uno. Él nunca ha aceptado ninguna de las dos. # cite: han40
-> proposals

= proposals
* [Probar la alarma cada semana, como se debe]
  {tour.saw_guardrooms: Te acuerdas del cable del timbre de tu primer día. ¿Cuándo se probó por última vez? Nadie sabe.|—¿Cuándo se probó la alarma por última vez? —Nadie sabe.} # invented
  Acordado: cada domingo, el timbre desde cada botón, con alguien en el cuarto de guardia para oírlo. # invented
  ~ house += alarm_tested
  ~ raise(trust_guards, 1)
  -> proposals
* {not classroom_cut} [Poner dos guardias en la puerta de noche]
  —Dos en la puerta de noche. Uno despierto y otro medio despierto. # invented
  Robins saca cuentas en voz alta: cinco guardias, algunas semanas menos, y los mandados, los coches, dormir. «Cuando tengamos diez hombres, sí». # invented
  Esa primavera la casa se cuidaba con un solo guardia de noche en la puerta de la cochera. # cite: han40
  ~ proposals_refused++
  -> proposals
* [Colgar en la pared un rol fijo de guardias nocturnas]
  Trazas un rol en el reverso de un calendario. {teamster_discipline.drill: Robins, que se acuerda de tus brigadas volantes, lo clava él mismo.|Acaba con una discusión y empieza otra.} # invented
  ~ house += night_rota
  -> proposals
* {not classroom_cut} [Llevar un cuaderno de todos los que entran]
  Un cuaderno escolar colgado de un clavo junto a la puerta de la cochera: fecha, hora, nombre, quién los dejó pasar. # invented
  ~ house += visitor_log
  -> proposals
* [Conocer a los policías de afuera]
  {role == mexican: Ya los conoces. Te ofreces a darles la vuelta cada noche para ver quién está de turno y si están despiertos. # invented}
  {role != mexican: Te ofreces a darles la vuelta cada noche con alguien que hable español para ver quién está de turno y si están despiertos. # invented}
  ~ house += police_checked
  ~ raise(trust_police, 1)
  -> proposals
* {not classroom_cut} [Llenar costales de arena para los cuartos de los guardias]
  Llenas una docena de costales con tierra y los apilas junto a las puertas delgadas de los cuartos de los guardias. # invented
  ~ house += sandbags_early
  -> proposals
* [Revisar a todos los visitantes, sin excepción]
  —Revisar a todos. También a los amigos. Sobre todo a los amigos. # invented
  {faces.met_secretaries: Otto sube él mismo la idea a la casa. A la hora de la comida regresa, con cortesía.|La idea sube a la casa. A la hora de la comida regresa, con cortesía.} # invented
  El Viejo no va a permitir que a sus amigos los revisen en la puerta como sospechosos, ni que lo vigilen como a un preso en su propio estudio. # cite: han40 # pushback: search_visitors
  ~ proposals_refused++
  -> proposals
+ [Suficiente para una reunión]
  -
-> mid_may

= mid_may
# scene: patio
# time: dusk
# ambience: garden
# music: dread
Mediados de mayo. Los alemanes atravesaron Holanda y Bélgica y ya están en Francia. El Viejo lee los periódicos en la mesa y {trust_lt >= 3:te pasa la página de Francia sin una palabra|dice poco}. # invented
{house ? alarm_tested: El domingo el timbre sonó desde cada botón de la casa. # invented}
{house ? visitor_log: El cuaderno junto a la puerta de la cochera se va llenando de nombres. # invented}
{
- proposals_refused > 1: Antes de dormir recorres el muro: tanto rechazado, y cuatro metros de ladrillo. # invented
- mexican_may.called_chucho: Antes de dormir recorres el muro y ves la banderita de papel de Chucho, medio en broma y medio en serio. # invented
- mexican_printshop.set_it: Antes de dormir recorres el muro; las manos todavía te huelen a la tinta de la imprenta. # invented
- mexican_printshop.other_job: Antes de dormir recorres el muro, contento con las invitaciones de boda, y avergonzado de estar contento. # invented
- teamster_may.turned_back: Antes de dormir recorres el muro y piensas en el rodeo que diste el Primero de Mayo. # invented
- teamster_may.watched_faces: Antes de dormir recorres el muro y vuelves a ver la soga pintada. # invented
- student_may.showed_bob: Antes de dormir recorres el muro con Bob, que revisa la tranca dos veces, por ti. # invented
- student_natalia.gave_paper: Antes de dormir recorres el muro y ves a Natalia en la ventana, leyendo de pie. # invented
- aurelio.blue_house: Antes de dormir recorres el muro. En la Casa Azul, dijo Aurelio, también tapiaron las ventanas. # invented
- aurelio.why_left: Antes de dormir recorres el muro. A tres calles, la Casa Azul está a oscuras. # invented
- known ? k_asylum: Antes de dormir recorres el muro: México lo dejó desembarcar; ahora tiene que dejarlo vivir. # invented
- tour.saw_tower: Antes de dormir subes a la torre vieja: camino, cauce, milpas, todo oscuro, todo abierto. # invented
- tour.saw_house: Antes de dormir pasas junto a la recámara: ventanas comunes, puertas de madera, como dijo Robins. # invented
- tour.saw_river: Antes de dormir recorres el muro sobre el río: un solo vecino; lo demás, campo abierto. # invented
- letters_home > 0 && trust_natalia >= 2: Terminas una carta a casa en la mesa larga; Natalia, al pasar, te deja la lámpara. # invented
- known ? k_sedov: Antes de dormir recorres el muro y piensas en Liova: una clínica de París también tenía muros. # invented
- else: Antes de dormir recorres el muro: cuatro metros, todavía con las marcas de las escaleras de los albañiles en el ladrillo. # invented
}
Dentro de nueve días será el 23 de mayo. # invented # pause
-> ch2_raid
