// Shared state: only ink writes these; the game reads them after every step (docs/writing-ink.md).
LIST roles = teamster, student, mexican
VAR role = teamster

LIST measures = alarm_tested, police_checked, night_rota, visitor_log, two_guard_gate, sandbags_early, steel_doors, towers, siren, wire_lights, shutters, police_tripled, redoubt
VAR house = ()
VAR proposals_refused = 0

VAR trust_lt = 0
VAR trust_natalia = 0
VAR trust_seva = 0
VAR trust_guards = 0
VAR trust_police = 0

LIST knowledge = k_moscow_trials, k_sedov, k_spain, k_asylum, k_harte_past, k_jacson_story, k_sylvia, k_comintern_press
VAR known = ()
VAR letters_home = 0

// True in the classroom's short telling (set by the game at a chapter start, never by ink): conditions on it skip
// passages the 45-minute lesson has no time for. The full telling reads every line.
VAR classroom_cut = false

// Relationship values stay within 0–5.
=== function raise(ref value, by)
~ value = MIN(value + by, 5)

=== function lower(ref value, by)
~ value = MAX(value - by, 0)

// i17c: how often the player chose to watch closely (the door, the coat, the clock) in chapters V and VI; read on 20 August
VAR watchful = 0
