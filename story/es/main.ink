# title: Avenida Viena, 1940
# story_version: 1
# lang: es

INCLUDE variables.ink
INCLUDE start.ink
INCLUDE ch1_arrival.ink
INCLUDE ch2_raid.ink
INCLUDE ch3_aftermath.ink
INCLUDE ch4_fortress.ink
INCLUDE ch5_rehearsal.ink
INCLUDE ch6_attack.ink
INCLUDE ch7_death.ink
INCLUDE epilogue.ink
INCLUDE kiosk.ink

-> start
