package attribution

import "testing"

// TestBodiesByKindAndOffice: a definite common noun names the body the
// article named whose name makes a kind of it by the lexicon ("the
// district" for a school district, "the utility" and "the water company"
// for a water company), a relative "which said" after it speaks for that
// body, a name ending in a trade ("Severn Vale Water") is a body and no
// "she", and "the governor's office" / "Tillman's office" is the office of
// the named holder. Negatives: the district attorney is a person, a body
// merely mentioned takes no one's quotation, a place is no body.
func TestBodiesByKindAndOffice(t *testing.T) {
	for _, tt := range []struct{ name, text, quote, speaker string }{
		{"a school district by its kind",
			"Harlow Unified Schools closed every building on Monday, Superintendent Ann Lee said.\nThe district said the state required \"at least 170 days of teaching\" each year.\n",
			"at least 170 days of teaching", "Harlow Unified Schools"},
		{"a relative which after the district",
			"Harlow Unified Schools closed every building on Monday.\nThat was confirmed in a statement from the district, which said the state required \"at least 170 days of teaching\" each year.\n",
			"at least 170 days of teaching", "Harlow Unified Schools"},
		{"the statement keeps its issuer",
			"Harlow Unified Schools closed every building on Monday.\nThat was confirmed in a statement from the district, which said it was \"the safe choice\".\nThe statement said remote days were \"not an option for every family\" in the county.\n",
			"not an option for every family", "Harlow Unified Schools"},
		{"a utility by its hypernym",
			"Customers of Severn Vale Water lost supply on Monday after a main burst.\nThe utility said the failure was \"a one-off\" and apologised.\n",
			"a one-off", "Severn Vale Water"},
		{"a water company by its kind",
			"Customers of Severn Vale Water lost supply on Monday after a main burst.\nThe water company said the failure was \"a one-off\" and apologised.\n",
			"a one-off", "Severn Vale Water"},
		{"a trade-named body takes its spokeswoman's she",
			"Severn Vale Water said a burst main was the cause. A spokeswoman for the company said crews had found ‘a major leak’ under the bridge.\n\nShe said: ‘We are sorry for the disruption, and we will pay compensation.\n\n‘Our crews will stay on site until the main is fixed.’\n",
			"We are sorry for the disruption, and we will pay compensation.", "Severn Vale Water"},
		{"the office by its holder's role",
			"Governor Mark Tillman toured the flooded towns on Sunday.\nThe governor's office said he had \"ordered every agency to help\" the towns.\n",
			"ordered every agency to help", "Mark Tillman’s office"},
		{"the office by its holder's name",
			"Gov. Ann Marsh’s office said in a statement that she had “ordered every agency to help” the county.\n",
			"ordered every agency to help", "Ann Marsh’s office"},
		{"a sports club",
			"Kingsmere Rovers sacked their manager on Monday.\nThe club said the decision was \"taken with regret\" after a poor run.\n",
			"taken with regret", "Kingsmere Rovers"},
		{"a hospital",
			"St Anselm's Hospital treated 40 patients after the crash.\nThe hospital said two were in a \"serious but stable\" condition.\n",
			"serious but stable", "St Anselm's Hospital"},
		{"a police force",
			"Officers from Dyfed-Powys Police arrested a man on Monday.\nThe force said he was \"helping with inquiries\" and had not been charged.\n",
			"helping with inquiries", "Dyfed-Powys Police"},
		{"a union",
			"The Transport Workers Union called a strike on Monday.\nThe union said members were \"left with no choice\" after the talks.\n",
			"left with no choice", "Transport Workers Union"},
		{"negative: the district attorney is a person",
			"Harlow Unified Schools closed on Monday.\nDistrict Attorney Jane Ruiz said the case was \"far from over\" on Tuesday.\nThe district attorney said it was \"a hard week\" for all.\n",
			"a hard week", "Ruiz"},
		{"negative: a body mentioned keeps no person's quotation",
			"Harlow Unified Schools closed on Monday.\nParent Jo Keane said the closure was \"a nightmare\" for her.\n",
			"a nightmare", "Keane"},
		{"negative: a person named Power is no company",
			"Samantha Power visited the plant on Monday.\nShe said it was \"a model for the region\" and left.\n",
			"a model for the region", "Power"},
		{"negative: an office nobody holds",
			"Harlow Unified Schools closed on Monday.\nThe attorney general's office said it was \"looking into it\" on Tuesday.\n",
			"looking into it", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakerOf(t, tt.text, tt.quote, tt.speaker)
		})
	}
}
