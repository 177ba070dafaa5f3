package extract

import "testing"

// TestPoliceForceAccused checks that a police force charged by its
// common nouns ("the force", "officers") is the one police body the
// article named, in a leading frame and after a first report; and that
// with no police body, with two, or with another body's officers, no
// party is made up.
func TestPoliceForceAccused(t *testing.T) {
	const lead = "Pellbrook Rovers and Harnmoor Police blamed each other on Sunday for a crush at the Eastgate ground.\n\n"
	both := []string{"Pellbrook Rovers>Harnmoor police", "Harnmoor police>Pellbrook Rovers"}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"the force in a leading frame",
			lead + "The club's chief executive, Ivo Marsh, accused the force of keeping its officers outside the ground.",
			append(both, "Pellbrook Rovers>Harnmoor police")},
		{"the force after a first report",
			lead + "Ivo Marsh, the club's chief executive, said the gate had been shut on police orders and accused the force of ignoring its stewards.",
			append(both, "Pellbrook Rovers>Harnmoor police")},
		{"bare officers",
			lead + "The club's chief executive, Ivo Marsh, accused officers of arriving an hour late.",
			append(both, "Pellbrook Rovers>Harnmoor police")},
		{"scope: with no police body named, the force is unsaid",
			"Pellbrook Rovers and the Tessel Council blamed each other on Sunday for a crush at the Eastgate ground.\n\n" +
				"The club's chief executive, Ivo Marsh, accused the force of keeping its officers outside the ground.",
			[]string{"Pellbrook Rovers>Tessel Council", "Tessel Council>Pellbrook Rovers"}},
		{"scope: customs officers are not the police",
			lead + "The club's chief executive, Ivo Marsh, accused customs officers of delaying the team coach.",
			both},
		{"scope: two police bodies leave the force unsaid",
			"Pellbrook Rovers, Harnmoor Police and Tessel Police blamed one another on Sunday for a crush at the Eastgate ground.\n\n" +
				"The club's chief executive, Ivo Marsh, accused the force of keeping its officers outside the ground.",
			[]string{"Pellbrook Rovers>Harnmoor police", "Pellbrook Rovers>Tessel police",
				"Harnmoor police>Pellbrook Rovers", "Harnmoor police>Tessel police",
				"Tessel police>Pellbrook Rovers", "Tessel police>Harnmoor police"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccusations(t, tt.text, tt.want)
		})
	}
}
