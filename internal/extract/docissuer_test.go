package extract

import "testing"

// TestDocIssuer checks that "the report" a later sentence quotes is the
// body that issued it: the one that spoke "in a report" before, or the
// one that "released its report"; a report the sentence before only
// rejected stays no one's, and the document's noun must be the same.
func TestDocIssuer(t *testing.T) {
	lead := "MARSH, Velland - The Velland Power Company and the Marsh town council blamed each other on Monday for a fire that burned 20 homes.\n\n"
	runSpeakerRows(t, []speakerRow{
		{"released its investigation report", lead + "The quarrel began after the Upper Vale Fire Service released its investigation report on the blaze.\n\nAccording to the report, a dead tree fell on the line and sparks set the grass alight.",
			"a dead tree fell on the line", "Upper Vale Fire Service", "Upper Vale Fire Service"},
		{"spoke in a preliminary report", lead + "The Marsh Monitoring Mission has 40 observers in the valley. In a preliminary report released on Friday, the mission said its teams had found two burned poles.\n\nThe poles had fallen \"well before the fire began\", the report said.",
			"well before the fire began", "Marsh Monitoring Mission", ""},
		// guard: a report a party rejected is not that party's
		{"guard: a rejected report", lead + "The Velland Power Company rejected the report, saying the tree stood on council land.\n\nAccording to the report, a dead tree fell on the line and sparks set the grass alight.",
			"a dead tree fell on the line", "report", ""},
		// guard: another noun ("the study") calls back no report
		{"guard: another document", lead + "The quarrel began after the Upper Vale Fire Service released its investigation report on the blaze.\n\nAccording to the study, a dead tree fell on the line and sparks set the grass alight.",
			"a dead tree fell on the line", "study", ""},
	})
}
