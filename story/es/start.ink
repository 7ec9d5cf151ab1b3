// The opening: content note, framing, and the role card choice. Sets `role`, then runs the story from ch1.
=== start
# scene: plan
# time: dawn
# music: title
# ambience: wind
Una nota antes de empezar. # class: note
Esta historia muestra violencia política, muertes violentas y las calumnias que se imprimieron contra personas reales, sin escenas sangrientas pero sin suavizarlas. Cada nombre real es una persona real. Lo que hacen, y las palabras suyas que la historia cita, siguen el registro histórico, y el archivo da la fuente de cada dato. Lo que te dicen en el día a día es inventado, y el archivo marca cada línea inventada. Tú y tus amigos son inventados. # class: note
* [Comenzar]
-
# clear
Avenida Viena, 1940 # class: title
Coyoacán, en la orilla sur de la Ciudad de México. Primavera de 1940. # cite: pat
Detrás de un muro alto, al final de un camino de tierra, vive León Trotsky, fundador del Ejército Rojo, hoy un exiliado sin patria al que los tribunales de Stalin llaman el enemigo número uno. El presidente de México, Cárdenas, lo recibió a petición de Diego Rivera. # cite: pat
Con él viven su esposa, Natalia Sedova, su nieto, dos viejos amigos de París, secretarios y jóvenes voluntarios que hacen guardia de noche con unas cuantas armas y mucha fe. # cite: pat
Tú sabes cómo termina esto. En mayo, una veintena de hombres con uniformes de policía y del ejército entrarán por encima de ese muro, o por esa puerta, con ametralladoras. En agosto, un hombre al que los guardias conocen de vista entrará con un impermeable doblado sobre el brazo. # cite: pat
En la casa no lo saben. Solo saben que Stalin quiere muerto al Viejo, y que ellos son lo único que se interpone. # cite: han40
No vas a cambiar lo que pasó. Eliges cómo estar dentro de ello: qué notas, en quién confías, qué te llevas. # invented
¿Quién eres? # class: note
-> cards

= cards
El camionero. # class: title
Chofer de camión en Minneapolis, estuviste en los piquetes de 1934; el garrote de un alguacil te dejó una cicatriz en la ceja. El sindicato te mandó al sur porque sabes arreglar un motor, manejar lo que sea y desarmar una pistola a oscuras. Te fijarás en los coches, los mandados en el centro y la discusión de los guardias sobre la disciplina. # invented
El estudiante. # class: title
Veinte años, del Bronx, con permiso del City College; lees francés mejor de lo que hablas español. Los procesos de Moscú te llevaron al grupo juvenil, y tu amigo Bob Harte también va a venir. Te fijarás en la biblioteca, el trabajo de los secretarios, los pleitos políticos y tu amigo. # invented
El compañero mexicano. # class: title
Naciste a tres calles del Churubusco, trabajas de noche en una imprenta de Coyoacán y entraste al pequeño grupo mexicano de la Cuarta Internacional después de los procesos de Moscú. Español primero, inglés despacio; conoces por su nombre a los policías de la caseta. Te fijarás en la calle, la cocina, los periódicos y los juzgados. # invented
* [El camionero]
  ~ role = teamster
  Empacas una caja de herramientas, dos camisas y el rosario de tu madre, en el que no crees y que no puedes dejar. # invented
* [El estudiante]
  ~ role = student
  Empacas un diccionario de francés, un ejemplar del informe de la Comisión Dewey y la promesa de escribirle a tu hermana cada semana. # invented
* [El compañero mexicano]
  ~ role = mexican
  Le dices a tu madre que algunas noches vas a dormir en la casa. Ella se persigna y te envuelve dos tortas. # invented
-
-> ch1_arrival
