// Chapter 2: the night of 23–24 May 1940 to the morning after (record.md §4). The record beat
// raid_1940_05_24 sits on the first shared line of the shooting, which every path passes once.
// The player's tries to change the night (take Harte's watch, keep the alarm on, chase the cars) are
// answered in the world and tagged `# pushback:`; how the raiders got in stays disputed (`# view: entry_...`).
=== ch2_raid
# checkpoint: ch2_raid
# scene: study
# time: day
# music: house
# ambience: house
# clear
Jueves 23 de mayo de 1940. # class: title
Todo el día el Viejo dicta en el estudio: un manifiesto sobre la guerra, para la Cuarta Internacional. Las hojas van a la biblioteca y regresan corregidas. # cite: pat
Seva regresa de la escuela y le da de comer a un conejo al que no debería darle{trust_seva >= 2:, y voltea para ver que solo tú lo estás mirando}. # invented
{not classroom_cut: Alfred Rosmer salió del Hospital Francés el día diez; esta semana los Rosmer están en la casa. # cite: pat}
{
- role == teamster: -> teamster_evening
- role == student: -> student_evening
- else: -> mexican_evening
}

= teamster_evening
# scene: gate
# ambience: garden
Pasas la tarde en la cochera con la cabeza metida bajo el cofre del Dodge. Por fin están puestas las balatas nuevas del taller de don Refugio. # invented
* (tested_brakes) [Darle una vuelta a la manzana para probarlas]
  Lo sacas por la puerta de la cochera, con un guardia que la atranca detrás de ti, por el camino de tierra y de regreso por la orilla del río. Los frenos están bien. # invented
  Lo regresas y lo estacionas con el frente hacia la puerta, listo para salir. Costumbre de camionero: siempre estaciónate para irte. # invented
* (left_her) [Dejarlo para mañana]
  Te limpias las manos y lo dejas donde está. Mañana hay tiempo. # invented
-
{classroom_cut: -> evening_shared}
Seva aparece en la puerta de la cochera, todavía con la mochila de la escuela a la espalda, y te pregunta en un inglés muy cuidadoso para qué sirve cada pedal. # invented
* [Dejar que se siente al volante]
  Lo dejas sentarse al volante con el motor apagado y le dices el nombre de cada pedal. Él los repite en francés, en español y en tu inglés de Minneapolis, y se ríe de los tres. # invented
  ~ raise(trust_seva, 1)
* [Mandarlo con su abuela]
  Le dices que una cochera no es lugar para un muchacho con la camisa de la escuela. Desde la puerta de la cocina, Natalia te hace una pequeña seña con la cabeza. # invented
  ~ raise(trust_natalia, 1)
-
Cornell pasa, ve que traes grasa hasta los codos y dice que pareces un hombre feliz. Lo eres. # invented
Antes de la cena te sientas en el estribo y escribes unas líneas a casa. # invented
* [Contarle a mamá de los frenos]
  ~ letters_home++
  Querida mamá: hoy arreglé los frenos del coche grande, y frena en seco. Es una cosa pequeña pero es mía. El muchacho de aquí, Seva, quiere aprender a manejar. Le dije que cuando esté más alto. # class: letter # invented
* [Decirle a mamá que extrañas tu casa]
  ~ letters_home++
  Querida mamá: hace calor y hay polvo y la comida es buena y extraño el lago. Dile a Stan que todavía le debo cinco dólares y que no se me ha olvidado. A nadie más le digas nada. # class: letter # invented
-
-> evening_shared

= student_evening
# scene: library
# sfx: typewriter
Pasas la tarde en la biblioteca pasando en limpio unas hojas que ya regresaron del estudio tres veces. # invented
{classroom_cut: -> bob_at_six}
* [Leer lo que escribes]
  Lees mientras escribes: un largo argumento de que la guerra es una guerra entre imperialismos, y de que los trabajadores de cada país no le deben lealtad a ninguno de los gobiernos que la pelean. Tus dedos se saben el argumento antes que tu cabeza. # invented
  ~ raise(trust_lt, 1)
* (typed_blind) [Escribir sin leer]
  Escribes sin leer, como lo hacen los secretarios, letra por letra. Es más rápido. Las palabras van a seguir ahí mañana. # invented
-
Las copias al carbón tienen que secarse. # invented
* [Bajar del estante el informe de la Comisión Dewey]
  Lees unas páginas de «The Case of Leon Trotsky». # invented
  Una subcomisión de la investigación celebró trece audiencias en la Casa Azul en abril de 1937; el veredicto, publicado en septiembre, fue «No culpable». # cite: dewey
  ~ known += k_moscow_trials
* [Mejor escribirle a Miriam]
  Querida Miriam: esta casa huele a papel carbón y a pasto recién cortado. Hoy escribí «imperialista» cuarenta veces. Dile a mamá que sí estoy comiendo. # class: letter # invented
  ~ letters_home++
-
-> bob_at_six

= bob_at_six
A las seis Bob se asoma. «Me toca la de la una», dice. «Despiértame si se acaba el mundo». # invented
—La puerta —le dices. Se ríe. # invented
* (lent_book) [Prestarle tu libro]
  Le prestas tu Malraux: dice que la guardia de la una es la más larga del mundo. Dice que lo va a leer con la luz de la calle. No hay luz en la calle. # invented
* (told_sleep) [Decirle que duerma ahora]
  Le dices que duerma ahora, mientras puede. Te saluda con dos dedos y se va cruzando el patio, silbando algo de un musical de Broadway que no logras reconocer. # invented
-
-> evening_shared

= mexican_evening
# scene: street
# ambience: street
En la noche les llevas café a los de la caseta de ladrillo{trust_police >= 3:, y te hacen lugar en el escalón}. Al Güero le toca el turno de noche, con otros cuatro a los que conoces menos. # invented
* [Quedarte a platicar un rato]
  Te sientas en el escalón mientras el Güero te lee los resultados del futbol y los otros juegan baraja junto a una linterna. Más allá, en el camino, el radio de alguien toca un bolero. # invented
  ~ raise(trust_police, 1)
* (handed_over) [Entregar el café y volver a entrar]
  Les das la jarra y vuelves a entrar. Son hombres hechos y derechos; pueden mantenerse despiertos sin ti. # invented
-
{house ? police_checked: Anotas, como cada noche desde abril, quién está de turno y si están despiertos. Cinco hombres, todos despiertos. # invented}
{classroom_cut: -> sleepover}
De regreso de la caseta te encuentras a Lupe, que está cerrando su puesto junto al camino del río, y te pregunta si otra vez vas a dormir en la casa del ruso. # invented
* (said_yes) [Decirle que sí]
  —Sí —le dices. Ella menea la cabeza y te da una bolsa de dulces de tamarindo, para la noche larga, y te dice que no vayas a dejar que te den un balazo. Le dices que en la Avenida Viena a nadie le dan balazos. # invented
* (only_tonight) [Decirle que es solo una noche más]
  —Nada más esta noche —le dices, que es lo que siempre dices. Ella dice que eso ya lo ha oído, se ríe y te deja cargarle las cajas hasta la esquina. # invented
-
Tu madre tiene que saber dónde vas a dormir. La casa está a unos minutos de aquí, corriendo. # invented
* [Ir corriendo a avisarle tú mismo]
  Vas corriendo a la casa. Tu madre está en la mesa desvainando chícharos y ni levanta la vista. «Otra vez con el ruso», dice, sin preguntar, y te pone en la mano una tortilla calientita con sal, para al rato. # invented
  ~ letters_home++
* [Mandarle recado con el chamaco de la panadería]
  Le das una moneda al chamaco de la panadería para que le avise, y te quedas a ayudarle a Robins a meter los colchones de los guardias que estaban asoleándose. Te dice que qué bueno tener a alguien que se queda. # invented
  ~ raise(trust_guards, 1)
-
-> sleepover

= sleepover
Esta noche te quedas a dormir en los cuartos de los guardias, como lo hacían seguido los compañeros mexicanos. # cite: sch
-> evening_shared

= evening_shared
# scene: dining
# time: dusk
# ambience: house
La cena en la mesa larga{trust_natalia >= 3:; Natalia te guarda un lugar cerca de su cabecera}. Se habla de Francia. Los alemanes ya llegaron al Canal de la Mancha. # invented
{classroom_cut: -> sleeping_pill}
Los Rosmer están a la mesa: Alfred, amigo del Viejo desde el París de la otra guerra, y Marguerite. # cite: pat
En agosto pasado ellos trajeron a Seva de París a vivir con sus abuelos. # cite: ev
* [Escuchar a Marguerite]
  A principios de mes, mientras Alfred estaba en el Hospital Francés, Jacson, el amigo de Sylvia, llevaba y traía a Marguerite en su coche. # cite: pat
  Habla de él con cariño: un joven tan atento. {known ? k_jacson_story:Tú mismo le has llevado agua; no piensas en él más que nadie.|Nadie vuelve a pensar en él, y tú tampoco.} # invented
  ~ known += k_jacson_story
* [Preguntarle a Alfred por París]
  Alfred Rosmer había formado parte de la comisión investigadora de los procesos de Moscú. # cite: dewey
  De París dice poco{known ? k_sedov:, donde murió Liova}; las noticias son demasiado malas. Habla en cambio de viejos compañeros que en Moscú confesaron crímenes que no podían haber cometido, y de lo calladamente que murieron. # invented
  ~ known += k_moscow_trials
* [Observar a Seva]
  Seva come rápido, con un ojo en las conejeras tras la ventana. Cuando cree que nadie lo ve, se guarda un pedazo de pan. Te descubre mirándolo y se lleva un dedo a los labios. # invented
  ~ raise(trust_seva, 1)
-
-> sleeping_pill

= sleeping_pill
Esa noche, cansado tras el largo día de dictado, el Viejo se toma una pastilla para dormir. # cite: pat
-> watch

= watch
# scene: gate
# time: night
# ambience: night
# music: dread
Tu guardia es de siete a una, por dentro de la puerta de la cochera{trust_guards >= 3:; los demás te dejan la silla buena}. # invented
{not classroom_cut: La casa se va apagando ventana por ventana. A las once, el descanso corto; luego, las horas largas. # cite: sch}
Un coche pasa despacio por el camino y sigue. Perros. El río huele a lodo. # invented
{classroom_cut: -> bob_comes}
¿Cómo te mantienes despierto? # invented
* [Recorrer el muro por dentro cada hora]
  Cada hora recorres el muro por dentro, por las conejeras hasta el gallinero, y de regreso. Los conejos se acomodan en la paja. # invented
  ~ raise(trust_guards, 1)
* [Llamar a la caseta de policía a medianoche]
  A medianoche llamas a través de la puerta a la caseta de ladrillo. Contesta una voz de inmediato{trust_police >= 2:, por tu nombre}, luego otra, luego una broma que no alcanzas a entender. Cinco hombres, despiertos. # invented
  ~ house += police_checked
* [Escribir una carta junto a la lámpara]
  Escribes media hoja a casa junto a la lámpara: el calor, la comida, los perros en la noche. La doblas y la guardas en la bolsa de la camisa para terminarla mañana. # invented
  ~ letters_home++
-
-> bob_comes

= bob_comes
{house ? night_rota: En el calendario del cuarto de guardia, en las líneas que tú mismo trazaste: Harte, de 1 a 7. # invented}
A la una llega Bob Harte a tomar la guardia. # cite: pat
Trae el sarape sobre los hombros, y viene bostezando. # invented
-> handover

= handover
* (stay_on) [Ofrecerte a quedarte con él en la puerta]
  —Déjame desvelarme contigo, Bob. O vete a dormir y yo hago tu guardia también. Estoy despierto. # invented
  Bob se ríe. {proposals_refused > 0:«¿Otra propuesta para que Robins la rechace?|«¿Y que mañana Robins nos regañe a los dos?} La de la una es mía. A ti te toca la torre a las siete». # invented
  {house ? night_rota: Le da unos golpecitos al calendario que tú mismo trazaste. Harte, de 1 a 7. # invented}
  La casa tenía de noche un solo guardia en la puerta de la cochera, por turnos; el turno de esa noche a partir de la una le tocaba a Sheldon Harte. # cite: pat # pushback: guard_gate_may23
  -> handover
* (insist_alarm) [Asegurarte de que la alarma esté conectada]
  Van juntos al interruptor de la alarma y lo ves con tus propios ojos: conectada. Haces que él lo diga en voz alta. # invented
  —Está conectada —dice Bob—. Te lo juro. Vete a dormir. # invented
  {house ? alarm_tested: El domingo sonó desde cada botón. Es un buen timbre. # invented}
  -> handover
* (asked_wakes) {not classroom_cut} [Preguntarle a quién despierta si pasa algo]
  —Primero a Robins —dice Bob—, y luego a toda la casa, con el timbre. —Señala con el pulgar el interruptor de la alarma junto a la puerta, y vuelve a bostezar. # invented
  -> handover
* (told_car) {not classroom_cut} [Contarle del coche que pasó despacio]
  —Pasó un coche despacio, como a las once y media. No se paró. # invented
  Bob asiente. «Pasa seguido. Turistas, o los periódicos». Se acomoda el sarape. # invented
  -> handover
* (asked_how) {role == student} [Preguntarle cómo está, de verdad]
  —Bien —dice—. Con frío. —Habla de tomarse un día libre para ir a ver las pirámides de Teotihuacán, y te pregunta si vas. # invented
  —El domingo de la semana que entra —dices. # invented
  —El domingo de la semana que entra —dice él. # invented
  ~ raise(trust_guards, 1)
  -> handover
+ [Darle las buenas noches]
  —Buenas noches, Bob. # invented
  —Buenas noches. La puerta —dice, antes de que tú lo digas, y sonríe. # invented
  -
-> sleep

= sleep
# scene: guardroom
# ambience: night
# music: none
Cruzas el patio oscuro hasta los cuartos de los guardias, donde duermen los demás, entre ellos Robins, Cornell y Otto. # cite: pat
Detrás de ti, Bob Harte está de guardia por dentro de la puerta de la cochera. # cite: pat
{handover.stay_on:Te quedas despierto un rato, dolido porque no te dejó quedarte; luego te duermes con las botas puestas.|Te quedas dormido antes de quitarte las botas.} # invented
-> shooting

= shooting
# time: night
# music: dread
# sfx: gunfire
# effect: raid_flashes
Hacia las cuatro de la mañana. # record: raid_1940_05_24 # cite: pat
Despiertas en el suelo, sin saber cómo llegaste ahí. El aire está lleno de ruido: no un arma sino muchas, ametralladoras, tan cerca que las paredes parecen temblar. # invented
Las balas pegan en la puerta y {house ? sandbags_early:se hunden en los costales que apilaste|en la pared sobre tu catre}. Alguien grita en inglés; afuera, alguien grita en español. # invented
Un grupo de los atacantes tiene bajo fuego los cuartos de los guardias, para que los guardias no salgan. Otros ya están en la recámara. # cite: pat
-> pinned

= pinned
* [Agarrar tu pistola]
  La encuentras debajo de la almohada; te tiembla la mano, y haces que deje de temblar. # invented
  ~ raise(trust_guards, 1)
* (stayed_flat) [Tirarte al suelo y quedarte ahí]
  Te tiras boca abajo sobre los mosaicos y ahí te quedas. Un hombre de pie en este cuarto quedaría partido en dos. # invented
* (crawled) [Arrastrarte hacia la puerta]
  Te arrastras hacia la puerta y una ráfaga atraviesa el tablero de arriba y te cubre de astillas. Te regresas arrastrándote. # invented
* (tried_alarm) [Intentar dar la alarma]
  Gritas que suene la alarma, que alguien haga algo. Nadie oye una palabra por encima de las armas, y nadie aquí puede llegar vivo a la puerta. # invented
  Después del asalto se encontró la alarma desconectada, y los guardias quedaron inmovilizados por el fuego desde el principio. # cite: pat # pushback: alarm_on_may24
-
{
- role == teamster: -> teamster_pinned
- role == student: -> student_pinned
- else: -> mexican_pinned
}

= teamster_pinned
Por una rendija de la persiana ves el patio iluminado por fogonazos: hombres de uniforme, uniformes de policía y del ejército, uno con una ametralladora Thompson baja, a la altura de la cadera, como las traían en los noticieros de Chicago. # cite: pat
Por costumbre cuentas los fogonazos. Te detienes en doce. Hay más. # invented
* (held_fire) [Buscar un tiro limpio]
  Apoyas la pistola en el alféizar. Entre tú y los uniformes están las conejeras, los árboles, la oscuridad, y más allá la casa donde duerme la familia. No puedes ver a qué le darías. # invented
  No disparas. Robins, a tu lado, te dice lo mismo entre dientes: no a la oscuridad, no hacia la casa. # invented
* (watched_garage) [Vigilar la cochera]
  Vigilas la esquina de la cochera. Nada se mueve ahí. Entonces oyes, por encima de las armas, algo que tus oídos conocen mejor que nada en el mundo: un motor que arranca. # invented # sfx: car_engine
-
{classroom_cut: -> bedroom}
Robins te habla pegado a la oreja. «Si entran aquí, entran por esa puerta. Nadie dispara hasta que estén en ella». # invented
* [Cubrir el lado izquierdo de la puerta]
  Te pones a la izquierda de la puerta, de rodillas detrás de la estufa, donde un hombre que entrara tendría a la espalda la claridad gris del patio. Lo esperas. Nunca llega. # invented
  ~ raise(trust_guards, 1)
* (cots) [Atravesar los catres contra la puerta]
  Arrastras dos catres, con todo y colchón, y los atraviesas contra la puerta por dentro, y te tiras detrás. # invented
-
-> bedroom

= student_pinned
Piensas, absurdamente, en las hojas del manifiesto sobre el escritorio de la biblioteca. Luego piensas en Bob en la puerta, y el pensamiento no deja lugar para nada más. # invented
* (called_bob) [Gritar su nombre]
  —¡Bob! —gritas, hacia la cochera, y tu voz desaparece entre los disparos como si no hubieras dicho nada. # invented
* (counted) [Contar tus respiraciones]
  Cuentas tus respiraciones, como te enseñó tu madre para las tormentas, y pierdes la cuenta en treinta. # invented
-
{classroom_cut: -> bedroom}
Cornell, en el suelo a tu lado, dice algo sin expresión que puede ser una oración o el nombre de un rifle. # invented
* [Buscar su mano]
  Encuentras la mano de Cornell sobre los mosaicos y te agarras de ella. Ninguno de los dos lo menciona nunca. # invented
  ~ raise(trust_guards, 1)
* (recited) [Repetirte algo en voz baja]
  Debajo del ruido recitas el principio del Manifiesto Comunista, lo único que te sabes de memoria. No sirve de nada. Sigues. # invented
-
-> bedroom

= mexican_pinned
Los gritos de afuera son en español, tu español, español de la Ciudad de México, y por la rendija de la puerta, entre los fogonazos, ves uniformes: policía, ejército. # cite: pat
Durante un momento terrible piensas que el gobierno vino por la casa. Luego entiendes que no son los hombres de la caseta. # invented
* (thought_police) [Pensar en los policías de afuera]
  Piensas en el Güero y sus resultados del futbol, y la linterna, y la baraja. ¿Dónde están? ¿Por qué nadie dispara desde la calle? # invented
* (listened) [Escuchar las órdenes]
  Escuchas las órdenes, para saber cuántos son y quién manda. Hay una voz que las da, tranquila, como la de un capataz. No alcanzas a distinguir las palabras. # invented
-
{classroom_cut: -> bedroom}
Entre dos ráfagas alguien afuera le grita a un oficial «¡Mi mayor!», y le ordenan que se calle. Es la voz de un norteño, joven y asustado. # invented
* [Grabarte las voces en la memoria]
  Te grabas las dos voces, por si algún día las vuelves a oír a la luz del día. En la mañana se lo vas a contar al coronel. # invented
  ~ raise(trust_police, 1)
* (prayed) [Rezar]
  Rezas, por primera vez desde tu primera comunión, a una Virgen en la que no sabes si crees: por el muchacho, por los viejos, por ti. # invented
-
-> bedroom

= bedroom
# scene: bedroom
# sfx: glass_break
Lo demás lo sabrás después, por la familia y por lo que escribió el Viejo. # invented
En la recámara, el Viejo, aturdido por la pastilla para dormir, creyó al principio que eran cohetes, alguna fiesta. # cite: lt_ssmd
{not classroom_cut: «Las explosiones eran demasiado cercanas, aquí mismo, dentro de la habitación...» # class: quote # cite: lt_ssmd}
Natalia fue la primera en levantarse. Lo bajó al suelo, al espacio angosto entre la cama y la pared, y se acostó contra él, cubriéndolo. # cite: pat
{not classroom_cut: Así lo contó él mismo. Algunas de las primeras notas de los periódicos los pusieron debajo de la cama, o a cada uno en un rincón distinto. # cite: lt_ssmd # cite: mit}
{not classroom_cut: Dispararon contra la recámara desde las ventanas del jardín y a través de las puertas del estudio y del cuarto de Seva: fuego cruzado, recordaría Seva, desde tres lados. Los vidrios les caían encima. # cite: ev}
{classroom_cut: -> seva}
* (in_mind) [Quedarte con ellos en tu mente]
  En tu mente estás ahí en el suelo, entre la cama y la pared, mientras cae el yeso. No soportas estar ahí y no puedes irte. # invented
* (duty) [Pensar en el deber de los guardias]
  Cuatro de ustedes, cinco, en un cuarto de paredes delgadas, con pistolas, contra esto. Piensas en la reunión: qué haríamos si vinieran esta noche. Esto. Quedarnos aquí tirados. # invented
-
-> seva

= seva
# effect: fire_glow
{not classroom_cut: Al lado, Seva despertó y vio a un hombre en la puerta del jardín, y creyó que era alguien de la casa. # cite: pat}
Luego los disparos. Se tiró al suelo junto a la cama. Las balas atravesaron la cama encima de él. # cite: pat
Arrojaron una bomba incendiaria a su cuarto. La explosión abrió de golpe la puerta entre su cuarto y el de sus abuelos, y prendió el fuego. # cite: pat
Seva gritó. El Viejo escribió después que el grito del muchacho fue lo peor de toda esa noche. # cite: pat
{
- role == student: -> seva_student
- role == teamster: -> seva_teamster
- else: -> seva_mexican
}

= seva_student
Oyes el grito, agudo y delgado por encima de las armas, y sabes de quién es, y no puedes moverte. # invented
-> inspection

= seva_teamster
En el cuarto de guardia oyes gritar a un muchacho. Has oído gritar a hombres en los piquetes. Esto es peor. # invented
-> inspection

= seva_mexican
En el cuarto de guardia oyes la voz de un muchacho que grita, aguda por encima de las armas, y todo tu cuerpo se vuelve hacia ella, y no puedes ir. # invented
-> inspection

= inspection
# effect: raid_flashes
# sfx: gunfire
Al final, uno de los atacantes se paró en la puerta de la recámara y vació una pistola sobre las dos camas, como para asegurarse. Luego salió corriendo. # cite: pat
-> withdrawal

= withdrawal
# scene: patio
Los disparos se van espaciando: una ráfaga, un silencio, un tiro solo, una ráfaga. Están cubriendo su retirada. # cite: pat
{not classroom_cut: Del primer disparo al último, ocuparon el lugar cerca de un cuarto de hora; un relato posterior dice que veinte minutos. # cite: pat # cite: lq}
{not classroom_cut: ¿Cuántos eran? Una banda de unos veinte, escribiría el Viejo, y lo mismo dijeron los periódicos mexicanos; más de veinte, dijo el periódico del movimiento; dos docenas, dice un autor posterior. # cite: mx_press_1940 # cite: sa # cite: lq}
Motores en la calle. Más de uno{handover.told_car:; piensas en el coche que pasó despacio a las once y media}. # invented # sfx: car_engine
* (chase) [Correr a la cochera e ir tras ellos]
  Sales por la puerta antes de que nadie pueda detenerte, cruzas el patio a oscuras, pistola en mano, hacia la cochera. # invented
  Las puertas de la cochera están abiertas de par en par hacia el camino. Los dos coches de la casa ya no están. # cite: pat
  {role == teamster: {teamster_evening.tested_brakes:Tu Dodge, estacionado de frente a la puerta como lo dejaste|Tu Dodge, con sus frenos nuevos}, y el otro con sus llantas lisas. Ya no están. # invented}
  Afuera, en el camino, no hay en qué seguirlos ni con qué: los asaltantes ya van camino a la ciudad en los propios coches de la casa, y desde algún punto en la oscuridad un arma sigue contestando a cualquier movimiento. A Robins, que se subió a la azotea, le disparan desde la calle. # cite: pat # pushback: chase_raiders
  Detrás de ti, la casa con la familia adentro, y el fuego. Tu lugar está aquí. # invented
* (to_house) [Ir a la casa]
  Corres hacia la casa, hacia la recámara, con Cornell detrás de ti. # invented
* (covered) [Quedarte con los guardias cubriendo el patio]
  Te quedas en la puerta del cuarto de guardia, con la pistola en alto, cubriendo el patio con los demás hasta estar seguro. Robins se sube a la azotea y le disparan desde la calle. # cite: pat
  ~ raise(trust_guards, 1)
-
# effect: none
# music: none
Entonces, de golpe, silencio{pinned.crawled:, y astillas en el pelo}{pinned.stayed_flat:, y la marca del piso en la mejilla}. # invented
-> alive

= alive
# scene: bedroom
# time: dawn
# ambience: night
El Viejo está vivo. # cite: pat
Natalia está viva. Seva está vivo. # cite: pat
Salen al pasillo, Natalia envuelta en una cobija{bedroom.in_mind:, como los viste en tu mente, y vivos}. # invented
Los vidrios que volaron le rasguñaron la cara al Viejo, Natalia apagó con cobijas un fuego en el cuarto de Seva, y Seva tiene herido un pie. Los relatos no coinciden en los detalles: consulta El registro. # cite: pat
En la casa no han matado a nadie. # cite: pat
* [Ir con Seva]
  Vas con Seva. Está sentado en la orilla de una silla con el pie en alto, pálido, muy sereno, como son serenos sus abuelos. Te enseña el agujero en la cama. # invented
  ~ raise(trust_seva, 1)
* [Ir con Natalia]
  Vas con Natalia y le quitas la cobija de las manos porque le tiemblan y no se ha dado cuenta. Te deja. # invented
  ~ raise(trust_natalia, 1)
* [Hacer guardia en la puerta de la recámara]
  Te paras en la puerta de la recámara con tu pistola, de cara al jardín, porque alguien tiene que hacerlo, y nadie te dice que te quites. # invented
  ~ raise(trust_lt, 1)
-
-> count

= count
# scene: bedroom
La pared de la recámara está llena de agujeros. La policía contaría unos setenta tan solo en la recámara; un conteo dice setenta y tres. # cite: mit
{not classroom_cut: Cuántos tiros se dispararon en total, nadie está de acuerdo: más de doscientos, dicen unos; más de trescientos, otros; unos cuatrocientos, según un cálculo. # cite: wsws}
{not classroom_cut: El Viejo recorre el cuarto con las manos en la espalda, estudiando los agujeros como quien lee una página. # invented}
A partir de los agujeros en los colchones y de los casquillos en el piso, deduciría que algunos de los tiros se habían disparado desde dentro del mismo cuarto. # cite: lt_ssmd
{classroom_cut: -> garage}
* [Sostenerle la lámpara]
  Le sostienes la lámpara mientras él se inclina sobre las cabeceras, leyendo los agujeros. Una vez te pide que la bajes un poco. Es todo lo que dice, y basta. # invented
  ~ raise(trust_lt, 1)
* [Cuidar que nadie pise los casquillos]
  Traes una silla y te sientas en la puerta para que nadie pise los casquillos antes de que los vea la policía. Es lo primero útil que haces en toda la noche. # invented
  ~ raise(trust_police, 1)
* [Sacar a Seva del cuarto]
  Seva llegó cojeando hasta la puerta para ver. Lo volteas de los hombros y lo sacas al pasillo. Se deja. # invented
  ~ raise(trust_seva, 1)
-
-> garage

= garage
# scene: gate
# time: dawn
# ambience: wind
Luego la cochera, con la luz gris. # invented
Las puertas están abiertas. Los dos coches ya no están. Uno de ellos aparecerá después, abandonado, atascado. # cite: pat
La alarma está desconectada. # cite: pat
{pinned.tried_alarm or handover.asked_wakes: En la noche no sonó ningún timbre, le tocara a quien le tocara tocarlo. # invented}
{handover.insist_alarm: -> alarm_answer}
-> garage_rest

= alarm_answer
Tú la viste conectada a la una. Hiciste que Bob lo dijera en voz alta. Ahora está desconectada, y nadie podrá decir nunca cuándo la desconectaron ni quién. # invented # pushback: alarm_on_may24
-> garage_rest

= garage_rest
En el piso de la cochera, Cornell encuentra el sarape de Bob Harte, bien doblado. # cite: pat
Bob no está. # cite: pat
A los policías de la caseta los encuentran con las manos atadas. # cite: pat
{not classroom_cut: Algunos dirían que vieron cómo los atacantes se llevaban a Harte a un coche, y que él protestaba. # cite: lq}
# scene: patio
El sol sale sobre un jardín pisoteado en la oscuridad. # invented
{classroom_cut: -> entry}
* (walked_paths) [Recorrer los senderos del jardín]
  Recorres los senderos con la primera luz: casquillos en los arriates, un cactus derribado, un tronco marcado de blanco donde entró una ráfaga. # invented
  Un historiador, Robert Conquest, escribe que los asaltantes dejaron además una gran bomba de dinamita que no estalló; la mayoría de los relatos solo hablan de las bombas incendiarias. # cite: con
* [Quedarte cerca de la familia]
  Te quedas en el pasillo, afuera de la recámara, donde oyes a Natalia y al Viejo hablar en voz baja, en ruso, de cosas prácticas. Es el sonido más tranquilizador del mundo. # invented
  ~ raise(trust_natalia, 1)
* [Contar a los guardias]
  Cuentas a los guardias, todos de pie, todos grises de polvo de yeso. Falta uno. Vuelves a contar, como si el número pudiera cambiar. # invented
  ~ raise(trust_guards, 1)
-
-> mornings

= mornings
{
- role == teamster: -> teamster_morning
- role == student: -> student_morning
- else: -> mexican_morning
}

= teamster_morning
# scene: street
Sales al camino. En el polvo, las huellas de varios coches, y de los dos de la casa{teamster_pinned.watched_garage:, cuyos motores oíste arrancar en la oscuridad}, rumbo a la ciudad. # invented
* (followed) [Seguir las huellas a pie]
  Las sigues hasta la esquina, donde la tierra se vuelve pavimento y las huellas se vuelven nada. Una mujer en una puerta dice que oyó los disparos y no vio nada, y lo vuelve a decir. # invented
* (looked_door) [Examinar la puerta]
  Examinas la puerta. La tranca está levantada, no rota. Los cerrojos están enteros. Ni una astilla. Miras el muro de cada lado, y la parte de arriba, durante un buen rato. # invented
-
{classroom_cut: -> entry}
Piensas en los frenos nuevos del Dodge{teamster_evening.left_her:, que nunca probaste en el camino} y te da un dolor tonto, concreto, que te revuelve el estómago. # invented
# scene: guardroom
De regreso en los cuartos de los guardias, tú y Robins cuentan lo que queda: las pistolas, los rifles, los cartuchos. La puerta del cuarto de guardia está astillada de lado a lado en el tablero de arriba{teamster_pinned.cots:, y hay una bala en tu barricada}. {teamster_pinned.held_fire:No disparaste; nadie|Nadie} aquí adentro hizo un disparo útil en toda la noche; nadie habría podido. # invented
* [Decir qué crees que salió mal]
  —Un hombre en una puerta, una alarma y cinco policías en una caseta —dices—. En el treinta y cuatro habríamos tenido piquetes en cada esquina en una cuadra a la redonda. # invented
  Robins no discute. «En el treinta y cuatro tenían diez mil hombres», dice. «Nosotros tenemos seis, y falta uno». # invented
  ~ raise(trust_guards, 1)
* (cleaned) [No decir nada y limpiar las armas]
  Limpias las armas, todas, aunque ninguna lo necesita, porque tus manos lo necesitan. # invented
-
-> entry

= student_morning
# scene: guardroom
Vas al catre de Bob en los cuartos de los guardias. {bob_at_six.lent_book:Tu Malraux sobre sus libros|Sus libros}, sus cosas de rasurar, una carta a medio escribir, una camisa limpia doblada para la mañana. # invented
* [Recoger el sarape]
  Cornell te da el sarape, porque eres amigo de Bob. Sigue doblado. No lo desdoblas. # invented
  ~ known += k_harte_past
* (left_things) [Dejarlo todo como está]
  Dejas todo exactamente como está. La policía va a querer verlo, y Bob va a querer encontrarlo. # invented
-
{student_pinned.called_bob:—Estuviste gritando su nombre toda la noche —dice Cornell—.|—Se lo llevaron —dice Cornell—.} Tienen que habérselo llevado. # invented
{handover.asked_how:Dentro de ocho días, piensas. Teotihuacán. }Nadie dice lo otro. Todavía no. # invented
{classroom_cut: -> entry}
# scene: library
En la biblioteca, sobre las hojas del manifiesto que pasaste en limpio ayer{student_evening.typed_blind: sin leerlas}, hay polvo de yeso. Lo soplas, hoja por hoja{student_pinned.counted:, contándolas, como contabas tus respiraciones}. # invented
* (began_miriam) [Empezar una carta a Miriam]
  Empiezas una carta para tu hermana. Querida Miriam: todos estamos vivos. Luego te detienes, porque no es cierto, todavía no, no hasta que Bob entre por la puerta. La rompes. # class: letter # invented
* (wrote_harte) [Empezar una carta a la familia de Bob]
  Piensas en el padre de Bob en Nueva York, que todavía no sabe. Tomas una hoja y escribes «Estimado señor Harte» y te quedas mirándola hasta que las palabras dejan de significar algo. # invented
-
-> entry

= mexican_morning
# scene: street
Sales a la caseta de ladrillo. Los policías se soban las muñecas. El Güero tiene una cortada en la mejilla y no te quiere ver a los ojos{not mexican_evening.handed_over:, a ti, que anoche te sentaste con él}. # invented
* [Preguntar qué pasó]
  {mexican_pinned.thought_police:En la noche te preguntaste dónde estaban. |}—Uniformes —dice—. Policías, soldados, un oficial. Creímos que era una inspección. Luego teníamos pistolas en la cabeza, y sogas. # invented
  Los cinco policías de la caseta fueron sometidos y amarrados por hombres con uniformes de policía y del ejército. # cite: pat # cite: mx_press_1940
  ~ raise(trust_police, 1)
* (stood_with) [No decir nada y quedarte con ellos]
  Te quedas con ellos en silencio mientras los vecinos se juntan a cierta distancia, en las puertas, en ropa de dormir, mirando el muro. # invented
-
{classroom_cut: -> entry}
Para las siete también está ahí tu hermano Chucho, sin aliento, que vino corriendo desde la casa. Se queda mirando el muro marcado por las balas y los coches de la policía. # invented
* (sent_home) [Decirle que se vaya a casa]
  —Vete a la casa —le dices—. Dile a mamá que estoy vivo. —No se va. Se queda junto al muro con las manos en los bolsillos y lo mira un buen rato. # invented
* [Enseñarle el muro]
  Le enseñas los agujeros en el aplanado junto a la cochera y le cuentas lo que oíste. No dice nada. Luego dice: «El Popular va a decir que ustedes mismos lo hicieron». Los dos saben que es cierto. # invented
  ~ known += k_comintern_press
-
Lupe está entre los vecinos, con un rebozo sobre la cabeza{mexican_evening.said_yes:; sus dulces de tamarindo siguen en tu bolsillo}. Te ve y se lleva la mano a la boca, y luego, después de un momento, se acerca y te toca la manga, para asegurarse. # invented
-> entry

= entry
# scene: gate
# time: day
# ambience: street
¿Cómo entraron? # invented
{trust_lt >= 3:Esa mañana el Viejo te hace esa pregunta a ti mismo, como a todos. No va a parar.|Esa pregunta empieza esa mañana y no va a parar.} # invented
Las primeras notas de los periódicos mexicanos dijeron que los atacantes se saltaron el muro con escaleras. # cite: mx_press_1940
Otros, después, dijeron que al guardia de la puerta lo tomaron por sorpresa y lo sometieron. # cite: con
Hoy la mayoría de los historiadores piensa que Harte le abrió la puerta a alguien que conocía. Si lo engañaron, o si sabía algo más, se sigue discutiendo. # cite: pat # cite: mit
{teamster_morning.looked_door:Has mirado esa puerta mucho rato. }{garage_rest.walked_paths:Has recorrido todos los senderos del jardín. }¿Qué piensas tú, esta primera mañana? # invented
* (view_face) [Vino a la puerta alguien que él conocía]
  Piensas en la tranca levantada, no rota, y en el sarape doblado. Vino a la puerta alguien a quien Bob conocía, y Bob abrió. Lo que eso significa sobre Bob, no te permites pensarlo. # invented # view: entry_known_face
* (view_wall) [Se saltaron el muro]
  Piensas en el muro de cuatro metros y en las escaleras que esos hombres debieron de traer, y te aferras a eso. Se saltaron el muro. # invented # view: entry_ladders
* (view_rushed) [Lo tomaron por sorpresa]
  Piensas en veinte hombres contra un muchacho cansado en una cochera a oscuras. Lo tomaron por sorpresa, lo sometieron, se lo llevaron. # invented # view: entry_overwhelmed
* (view_unsure) [No lo sabes]
  No lo sabes. Estabas dormido. Solo sabes que ya no está. # invented # view: entry_unsure
-
-> police_come

= police_come
# scene: patio
# sfx: car_engine
En menos de media hora, un coche de la policía en la puerta de la cochera: el coronel Leandro A. Sánchez Salazar, jefe del Servicio Secreto. # cite: pat
{not classroom_cut: Él recordaría lo tranquilo que estaba el Viejo esa mañana: tan tranquilo que al principio el coronel se preguntó si todo había sido un montaje. # cite: ss # cite: pat}
{role == mexican: {trust_police >= 3:Los de la caseta le dicen al coronel que tú hablas los dos idiomas.|El coronel necesita a alguien que hable los dos idiomas para hablar con los guardias norteamericanos. Te empujan al frente.} # invented}
{role == mexican: Traduces las primeras preguntas y oyes en ellas, desde ya, lo que los periódicos van a decir en cuestión de días: que fue un truco, un autoasalto. # invented}
{role != mexican and not classroom_cut: Miras a los hombres del coronel medir los agujeros y escribir en sus libretas, y antes de que acabe el día llega también un hombre del consulado de Estados Unidos. # cite: pat}
{classroom_cut: -> morning_after}
* [Contestar sus preguntas con sencillez]
  Le cuentas lo que viste: tu guardia, el relevo a la una, los disparos a las cuatro, los coches{teamster_morning.followed:, las huellas que se acaban en el pavimento}{teamster_morning.looked_door:, la tranca levantada, no rota}{mexican_pinned.listened:, la voz tranquila que daba las órdenes}. {house ? visitor_log:Le das el cuaderno del clavo junto a la puerta. }Él lo anota. # invented
  ~ raise(trust_police, 1)
* (asked_harte) [Preguntarle qué va a hacer por Harte]
  —¿Y Harte? —le preguntas—. Falta un norteamericano. —El coronel te mira un largo momento y dice que eso es exactamente lo que él se está preguntando. # invented
-
-> morning_after

= morning_after
# scene: patio
# time: day
# ambience: garden
# music: grief
{trust_natalia >= 3:Natalia manda café, y la primera taza es para ti. }Las gallinas quieren comer; no saben. # invented
{trust_seva >= 3:Seva, cojeando, les da de comer a los conejos y te deja cargar la cubeta.|Alguien les da de comer a los conejos. Siempre hay alguien que lo hace.} # invented
{not classroom_cut: La recámara tiene agujeros de bala en las paredes. Todavía están ahí. # cite: pat}
Bob Harte no está. Los dos coches no están. En cuestión de días la prensa comunista lo llamará un autoasalto, una comedia montada por el propio Trotsky. # cite: comintern
~ known += k_comintern_press
{
- student_morning.wrote_harte: Te sientas en un cajón volteado con la hoja que dice «Querido señor Harte», y no le agregas nada. # invented
- letters_home > 0: Te sientas en un cajón volteado para escribir a casa, y escribes la fecha, y no puedes escribir nada más. # invented
- else: Te sientas en un cajón volteado y te miras las manos hasta que dejan de temblar. # invented
}
{withdrawal.chase: Esta noche corriste tras ellos una vez, para nada. # invented}
{
- entry.view_face: No dejas de pensar en la tranca, levantada y no rota. # invented
- entry.view_wall: No dejas de mirar lo alto del muro. # invented
- entry.view_rushed: No dejas de ver a un hombre cansado contra veinte. # invented
- entry.view_unsure: Sigues sin saber cómo entraron. # invented
}
Luego tienes que hacer algo contigo. # invented
{classroom_cut: -> friday}
* [Volver a la puerta]
  Te encargas de la puerta de la cochera, porque nadie más la está vigilando{police_come.asked_harte:, y porque si Bob regresa, será por ahí}. Afuera, en el camino: policías, vecinos, un fotógrafo. Durante una hora no dejas entrar a nadie que no tenga nada que hacer aquí. # invented
  ~ raise(trust_guards, 1)
* [Acostarte una hora]
  Te acuestas en tu catre con las botas puestas y duermes una hora sin soñar. Al despertar hay un segundo en que se te ha olvidado. Luego te acuerdas. # invented
-
-> friday

= friday
Es viernes 24 de mayo de 1940, y todavía no dan las nueve de la mañana. # invented # pause
-> ch3_aftermath
