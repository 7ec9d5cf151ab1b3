// The opening: content note, framing, and the role card choice. Sets `role`, then runs the story from ch1.
=== start
# scene: plan
# time: dawn
# music: title
# ambience: wind
Una nota antes de empezar. # class: note
Esta historia incluye violencia política y un asesinato. Se cuenta sin escenas sangrientas, pero tampoco se suaviza. Todas las personas que aparecen con su nombre real existieron; lo que dicen y hacen aquí sigue el registro histórico, y el archivo muestra la fuente de cada dato. Tú y tus amigos son inventados. # class: note
* [Comenzar]
-
# clear
Avenida Viena, 1940 # class: title
Coyoacán, en la orilla sur de la Ciudad de México. Primavera de 1940. # cite: pat
Detrás de un muro alto, al final de un camino de tierra, vive León Trotsky: fundador del Ejército Rojo, hoy un exiliado sin patria a quien los tribunales de Stalin han señalado como el enemigo número uno. México, bajo el presidente Cárdenas, lo recibió a petición del pintor Diego Rivera. # cite: pat
Con él viven su esposa, Natalia Sedova, su nieto, dos viejos amigos de París, algunos secretarios y un puñado de jóvenes voluntarios que hacen guardia de noche con unas cuantas armas, poco dinero y muchísima fe. # cite: pat
Tú sabes cómo termina esto. En mayo, una veintena de hombres con uniformes de policía y del ejército entrarán por encima de ese muro, o por esa puerta, con ametralladoras. En agosto, un hombre al que los guardias conocen de vista entrará con un impermeable doblado sobre el brazo. # cite: pat
En la casa no lo saben. Solo saben que Stalin quiere muerto al Viejo, y que ellos son lo único que se interpone. # cite: han40
No vas a cambiar lo que pasó. Puedes elegir cómo estar dentro de ello: qué notas, en quién confías, qué preguntas y qué te llevas. # invented
¿Quién eres? # class: note
-> cards

= cards
El camionero. # class: title
Manejabas un camión en Minneapolis y estuviste en los piquetes de las huelgas de 1934; todavía tienes la cicatriz donde el garrote de un alguacil te alcanzó la ceja. El sindicato te mandó al sur porque sabes arreglar un motor, manejar cualquier cosa con ruedas y desarmar una pistola a oscuras. Crees más en los trabajadores organizados que en los discursos. Te fijarás en los coches, la cochera, los mandados en el centro y la discusión interminable de los guardias sobre la disciplina. # invented
El estudiante. # class: title
Tienes veinte años, eres del Bronx, dejaste por un tiempo el City College con una maleta llena de libros, y lees francés mejor de lo que hablas español. Entraste al grupo juvenil porque los procesos de Moscú te revolvieron el estómago. Bob Harte, a quien conoces de las reuniones en Nueva York, también va a venir; le prometiste enseñarle cómo funcionan las cosas. Te fijarás en la biblioteca, el trabajo de los secretarios, los pleitos políticos y tu amigo. # invented
El camarada mexicano. # class: title
Naciste a tres calles del río Churubusco, trabajas de noche en una imprenta de Coyoacán y entraste al pequeño grupo mexicano de la Cuarta Internacional después de los procesos de Moscú. Hablas primero español; el inglés, despacio. Conoces por su nombre a los policías de la caseta de ladrillo, a los primos de la cocinera y lo que publicó El Popular esta mañana. Te fijarás en la calle, la cocina, los periódicos y los juzgados. # invented
* [El camionero]
  ~ role = teamster
  Empacas una caja de herramientas, dos camisas y el rosario de tu madre, en el que no crees y que no puedes dejar. # invented
* [El estudiante]
  ~ role = student
  Empacas un diccionario de francés, un ejemplar del informe de la Comisión Dewey y la promesa de escribirle a tu hermana cada semana. # invented
* [El camarada mexicano]
  ~ role = mexican
  Le dices a tu madre que algunas noches vas a dormir en la casa. Ella se persigna y te envuelve dos tortas. # invented
-
-> ch1_arrival
