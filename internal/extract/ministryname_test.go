package extract

import "testing"

// TestMinistryName: a state's ministry that speaks is named as the
// ministry ("Tarvian Justice Ministry"), on the state's side, whether
// the state is written in the phrase, the portfolio was tied to the
// state earlier, or "its" points back to the state; a phrase with no
// portfolio, or with more than a plain portfolio, keeps the
// government's name.
func TestMinistryName(t *testing.T) {
	runSpeakerRows(t, []speakerRow{
		{"possessive state",
			"Tarvia's justice ministry said the fire had been started by inmates.",
			"the fire had been started", "Tarvian Justice Ministry", "Tarvia"},
		{"demonym",
			"Ostria closed its border with Tarvia on Monday. The Ostrian interior ministry said the march had not been approved.",
			"the march had not been approved", "Ostrian Interior Ministry", "Ostria"},
		{"portfolio tied earlier",
			"Rights groups accused Tarvia's health ministry of hiding the figures. The health ministry rejected the claim and said every death had been reported.",
			"every death had been reported", "Tarvian Health Ministry", "Tarvia"},
		{"the ministry after the state's one ministry was named",
			"Tarvia's justice ministry and a rights group blamed each other for the prison fire. The ministry said the fire had been started by inmates.",
			"the fire had been started", "Tarvian Justice Ministry", "Tarvia"},
		{"the ministry after the one portfolio was written",
			"VELLA, Tarvia, May 3 (Wirenews) - The opposition accused the interior ministry of tapping its phones.\n\nThe ministry said no phone had been tapped.",
			"no phone had been tapped", "Tarvian Interior Ministry", "Tarvia"},
		{"guard: two portfolios written, the ministry is the state's alone",
			"Tarvia's justice ministry and its health ministry blamed a rights group for the prison fire. The ministry said the fire had been started by inmates.",
			"the fire had been started", "Tarvian government", "Tarvia"},
		{"no portfolio: the government",
			"Tarvia's government said the fire had been started by inmates.",
			"the fire had been started", "Tarvian government", "Tarvia"},
	})
}
