package treaty

// Label says what a text is, by the status labels of TEXTS.md: official wording checked against a
// retrieved copy, official wording as printed in the standard editions, our own translation, or
// our own summary. Only the first three are the treaties' wording; a paraphrase must never be shown
// as a quotation.
type Label string

// The labels of TEXTS.md.
const (
	LabelVerbatimFR Label = "VERBATIM-FR"         // authentic French wording, checked
	LabelVerbatimEN Label = "VERBATIM-EN"         // official English wording, checked
	LabelStandardEN Label = "STANDARD-EN"         // official English as printed in the standard editions, not re-checked
	LabelWorking    Label = "WORKING TRANSLATION" // our translation; not an official text
	LabelParaphrase Label = "PARAPHRASE"          // our summary; the official wording was not found
)

// Official reports whether a text with this label is the instrument's own wording (and so may be
// shown as a quotation).
func (l Label) Official() bool {
	return l == LabelVerbatimFR || l == LabelVerbatimEN || l == LabelStandardEN
}

// Text is one article or protocol point, for the Treaty lab and the encyclopedia: its wording in
// one or more versions, each labelled, and a plain-language explanation in our own words.
type Text struct {
	ID          string    `json:"id"` // as cited in rulings: "art2", "protocol-1", "covenant-15-7", "locarno-2", …
	Instrument  string    `json:"instrument"`
	Title       string    `json:"title"`
	Versions    []Version `json:"versions"`
	Explanation string    `json:"explanation"` // our own words
	Note        string    `json:"note,omitempty"`
}

// Version is one wording of a text.
type Version struct {
	Label  Label  `json:"label"`
	Lang   string `json:"lang"` // "fr" or "en"
	Text   string `json:"text"`
	Source string `json:"source,omitempty"`
}

// Texts are every text a ruling can cite, in the order of rulings' articles: the Franco-Soviet
// treaty and its protocol of signature, the Covenant, Locarno, Versailles. The result is a fresh
// copy.
func Texts() []Text {
	out := make([]Text, len(texts))
	for i, t := range texts {
		out[i] = t
		out[i].Versions = append([]Version(nil), t.Versions...)
	}
	return out
}

// TextByID finds a text by its id.
func TextByID(id string) (Text, bool) {
	for _, t := range texts {
		if t.ID == id {
			t.Versions = append([]Version(nil), t.Versions...)
			return t, true
		}
	}
	return Text{}, false
}

const (
	instTreaty     = "Franco-Soviet Treaty of Mutual Assistance, Paris, 2 May 1935"
	instProtocol   = "Protocol of Signature of the Franco-Soviet Treaty, 2 May 1935"
	instCovenant   = "Covenant of the League of Nations (as amended to 1924)"
	instLocarno    = "Treaty of Mutual Guarantee (Locarno Rhineland Pact), 16 October 1925"
	instVersailles = "Treaty of Versailles, 28 June 1919"

	srcWikisource = "French text: Wikisource (fr), « Traité franco-soviétique d'assistance mutuelle » (from P. Cauchy (ed.), La France contemporaine de 1789 à nos jours)"
	srcGibler     = "English text: D. M. Gibler, International Military Alliances, 1648–2008 (2009), entry 4.1283, assumed to reproduce the LNTS vol. 167 translation (unconfirmed)"
	srcAvalon     = "Avalon Project, The Covenant of the League of Nations (including amendments adopted to December 1924)"
	srcLocarno    = "Avalon Project; Cmd. 2525; Gibler 2009 entry 4.1243; IMT proceedings, 5 Dec 1945"
	protoNote     = "The official wording of the protocol of signature was not found (TEXTS.md §1.4): this is our point-by-point summary. Do not quote it."
)

var texts = []Text{
	{
		ID: "preamble", Instrument: instTreaty, Title: "Preamble",
		Versions:    []Version{{Label: LabelParaphrase, Lang: "en", Text: "The TsIK of the USSR and the President of the French Republic, wishing to strengthen peace in Europe and to secure its benefits for their countries by applying more fully and exactly the provisions of the League Covenant that protect national security, territorial integrity and political independence; resolved to work towards a general European agreement with that aim and, until then, to contribute as far as lies with them to the effective application of the Covenant; have decided to conclude this treaty and have named their plenipotentiaries (Potemkin; Laval), who agreed as follows.", Source: "built from the Russian preamble in the Soviet press of 4 May 1935 and the French opening formula"}},
		Explanation: "The preamble presents the treaty as a way of making the League's promises work better, and as a stop-gap until a wider European agreement — the Eastern Pact — could be made.",
	},
	{
		ID: "art1", Instrument: instTreaty, Title: "Article 1 — consultation",
		Versions: []Version{
			{Label: LabelVerbatimFR, Lang: "fr", Text: "Au cas où la France ou l'URSS seraient l'objet d'une menace ou d'un danger d'agression de la part d'un Etat européen, l'URSS et réciproquement la France s'engagent à procéder mutuellement à une consultation immédiate en vue des mesures à prendre pour l'observation des dispositions de l'article 10 du pacte de la Société des Nations.", Source: srcWikisource},
			{Label: LabelWorking, Lang: "en", Text: "In the event of France or the USSR being the object of a threat or danger of aggression on the part of a European State, the USSR and reciprocally France undertake to proceed immediately to mutual consultation on the measures to be taken to observe the provisions of Article 10 of the Covenant of the League of Nations."},
		},
		Explanation: "If a European state threatens France or the Soviet Union, the two governments must talk at once about what to do to uphold the League's promise to protect its members' territory and independence. It is a duty to consult, not yet to fight.",
	},
	{
		ID: "art2", Instrument: instTreaty, Title: "Article 2 — assistance when the Council cannot agree (Covenant Art. 15(7))",
		Versions: []Version{
			{Label: LabelVerbatimFR, Lang: "fr", Text: "Au cas où, dans les conditions prévues à l'article 15, paragraphe 7, du pacte de la Société des Nations, la France ou l'URSS seraient, malgré les intentions sincèrement pacifiques des deux pays, l'objet d'une agression non provoquée de la part d'un Etat européen, l'URSS et réciproquement la France se prêteront immédiatement aide et assistance.", Source: srcWikisource},
			{Label: LabelWorking, Lang: "en", Text: "In the event that, in the circumstances laid down in Article 15, paragraph 7, of the Covenant of the League of Nations, France or the USSR should, notwithstanding the sincerely peaceful intentions of both countries, be the object of an unprovoked aggression on the part of a European State, the USSR and reciprocally France shall immediately lend each other aid and assistance."},
		},
		Explanation: "When the League Council cannot agree on a report about a dispute, the Covenant leaves every member free to act as it sees fit. Article 2 turns that freedom into a duty: if one partner then suffers an unprovoked attack by a European state, the other must help at once.",
	},
	{
		ID: "art3", Instrument: instTreaty, Title: "Article 3 — assistance under Covenant Art. 16 and Art. 17(1),(3)",
		Versions: []Version{
			{Label: LabelVerbatimFR, Lang: "fr", Text: "Prenant en considération que, d'après l'article 16 du pacte de la Société des Nations, tout membre de la Société qui recourt à la guerre contrairement aux engagements pris aux articles 12, 13 ou 15 du pacte est ipso facto considéré comme ayant commis un acte de guerre contre tous les autres membres de la Société, la France et réciproquement l'URSS s'engagent, au cas où l'une d'entre elles serait, dans ces conditions et malgré les intentions sincèrement pacifiques des deux pays, l'objet d'une agression non provoquée de la part d'un Etat européen, à se prêter immédiatement aide et assistance en agissant par l'application de l'article 16 du pacte. La même obligation est assumée pour le cas où la France ou l'URSS seraient l'objet d'une agression de la part d'un Etat […]", Source: srcWikisource + "; the rest of the French sentence was not retrieved"},
			{Label: LabelWorking, Lang: "en", Text: "Considering that, under Article 16 of the Covenant, any Member of the League which resorts to war in disregard of its covenants under Articles 12, 13 or 15 is ipso facto deemed to …", Source: "our translation of the opening, up to where the English text takes over"},
			{Label: LabelVerbatimEN, Lang: "en", Text: "…have committed an act of war against all the other Members of the League, France and reciprocally the Union of Soviet Socialist Republics undertake, in the event of one of them being the object, in these conditions and notwithstanding the sincerely peaceful intentions of both countries, of an unprovoked aggression on the part of a European State, immediately to come to each other's aid and assistance in application of article 16 of the Covenant. The same obligation is assumed in the event of France or the Union of Soviet Socialist Republics being the object of an aggression on the part of a European State in the circumstances specified in Article 17, paragraphs 1 and 3, of the Covenant of the League of Nations.", Source: srcGibler},
		},
		Explanation: "If a League member goes to war against one partner in breach of the Covenant, it is at war with every member; the other partner must then help at once, as Article 16 of the Covenant expects. The second paragraph extends the same duty to an aggressor outside the League that refuses the League's procedure — Germany's case once it left in October 1935.",
		Note:        "The English text of the second paragraph does not repeat the word 'unprovoked'.",
	},
	{
		ID: "art4", Instrument: instTreaty, Title: "Article 4 — no restriction of League duties",
		Versions:    []Version{{Label: LabelVerbatimEN, Lang: "en", Text: "The undertakings stipulated above being in consonant [sic, as printed] with the obligations of the High Contracting Parties as Members of the League of Nations, nothing in the present Treaty shall be interpreted as restricting the duty of the latter to take any action that may be deemed wise and effectual to safeguard the peace of the world or as restricting the obligations resulting for the High Contracting Parties by the Covenant of the League of Nations.", Source: srcGibler}},
		Explanation: "The treaty adds to the League's system and takes nothing away from it: the League keeps its duty to protect peace, and France and the USSR keep all their duties as members.",
	},
	{
		ID: "art5", Instrument: instTreaty, Title: "Article 5 — ratification, entry into force, duration",
		Versions: []Version{
			{Label: LabelVerbatimEN, Lang: "en", Text: "The present Treaty, both the French and Russian texts whereof shall be equally authentic, shall be ratified and the instruments of ratification shall be exchanged at Moscow as soon as possible. It shall be registered with the Secretariat of the League of Nations. It shall take effect as soon as the ratifications have been exchanged, and shall remain in force for five years. If it is not denounced by either of the High Contracting Parties giving notice thereof at least one year before the expiry of that period, it shall remain in force indefinitely, each of the High Contracting Parties being at liberty to terminate it at a year's not[ice …]", Source: srcGibler + "; the page break falls in the last word"},
			{Label: LabelWorking, Lang: "en", Text: "… by a declaration to that effect, with one year's notice.", Source: "our translation of the missing end, from the Russian text"},
		},
		Explanation: "The treaty binds only once both countries have ratified it and exchanged the instruments in Moscow (27 March 1936). It then lasts five years and carries on after that unless one side gives a year's notice.",
	},
	{
		ID: "protocol-1", Instrument: instProtocol, Title: "Protocol point I — Article 3 and the Council",
		Versions: []Version{
			{Label: LabelParaphrase, Lang: "en", Text: "Art. 3 obliges each party to come to the other's assistance at once by immediately complying with the Council's recommendations under Covenant Art. 16. The two governments will act together so that the Council issues its recommendations as fast as the case requires; and if the Council nevertheless makes no recommendation, or reaches no unanimous decision, the obligation of assistance is still to be carried out. The assistance undertakings concern only aggression against either party's own territory (the usual summary; the exact wording is unconfirmed)."},
			{Label: LabelWorking, Lang: "en", Text: "At the moment of signing the Franco-Soviet Treaty of Mutual Assistance of today's date, the Plenipotentiaries signed the following protocol, which is to be included in the instruments of ratification to be exchanged. I. It is agreed that the effect of Article 3 is the obligation of each Contracting Party […]", Source: "our translation of the retrieved Russian opening"},
		},
		Explanation: "The partners follow the League Council's advice at once and push it to decide fast — but if it says nothing, or cannot agree, they must help each other anyway. This is the treaty's 'automatic' element. It covers attacks on the partners' own territory only.",
		Note:        protoNote,
	},
	{
		ID: "protocol-2", Instrument: instProtocol, Title: "Protocol point II — earlier treaties (the Locarno brake)",
		Versions:    []Version{{Label: LabelParaphrase, Lang: "en", Text: "Because neither government intends the treaty to contradict obligations it already owes third states under published treaties, the treaty is not to be applied in a way that, being incompatible with such an obligation of one party, would expose that party to \"sanctions of an international character\" (phrase as given in the project brief; official wording unconfirmed)."}},
		Explanation: "Neither partner has to act where acting would break an earlier public treaty and bring penalties on it. In practice this protects France's position under Locarno: France need not attack Germany in a way that Britain and Italy, as Locarno's guarantors, could treat as a French breach of Locarno.",
		Note:        protoNote,
	},
	{
		ID: "protocol-3", Instrument: instProtocol, Title: "Protocol point III — a regional pact",
		Versions:    []Version{{Label: LabelParaphrase, Lang: "en", Text: "Both governments still want a regional agreement organising security among its contracting states, which could include or be accompanied by mutual-assistance pledges; each party may, with the other's consent, take part in such agreements in whatever form, direct or indirect, and their obligations would then replace those of this treaty."}},
		Explanation: "The partners still hope for a wider eastern pact; if one is made, its duties would take the place of this treaty's.",
		Note:        protoNote,
	},
	{
		ID: "protocol-4", Instrument: instProtocol, Title: "Protocol point IV — the Eastern Pact frame",
		Versions: []Version{
			{Label: LabelParaphrase, Lang: "en", Text: "The negotiations began as a supplement to a security agreement covering north-eastern Europe — the USSR, Germany, Czechoslovakia, Poland and the Baltic states neighbouring the USSR — alongside which a three-power assistance treaty between the USSR, France and Germany was to be concluded (each to help whichever of the three was attacked by another of them). Those agreements have not yet been possible, but both parties still want them; meanwhile the Franco-Soviet undertakings are to be understood as applying only within the limits of that planned three-party agreement. For aggression by European powers outside that three-party frame, each party only owes the other abstention from helping the aggressor (the 1932 non-aggression pact)."},
			{Label: LabelWorking, Lang: "en", Text: "Under the Franco-Soviet non-aggression pact of 29 November 1932, and without prejudice to that pact's universal scope, if one party were attacked by one or more third European powers not covered by the three-party agreement named above, the other party must refrain during the conflict from any direct or indirect aid or support to the aggressor(s); each party declared itself bound by no assistance agreement contrary to this undertaking.", Source: "our rendering of the end of point IV from a Russian-language encyclopedia article citing Izvestiya and Pravda of 4 May 1935 (publication not identified)"},
		},
		Explanation: "The treaty was meant to work inside a planned three-way pact of France, the USSR and Germany, so in practice it is aimed at a German attack. If another European power attacks one partner, the other only has to stay out of it and give the attacker no help.",
		Note:        protoNote,
	},
	{
		ID: "covenant-1-3", Instrument: instCovenant, Title: "Article 1(3) — withdrawal",
		Versions:    []Version{{Label: LabelVerbatimEN, Lang: "en", Text: "Any Member of the League may, after two years' notice of its intention so to do, withdraw from the League, provided that all its international obligations and all its obligations under this Covenant shall have been fulfilled at the time of its withdrawal.", Source: "US Dept. of State, The Treaty of Versailles and After (1947), p. 74"}},
		Explanation: "A state leaves the League two years after giving notice. Germany gave notice on 19 October 1933, so it ceased to be a member in late October 1935 — which changes which article of the Franco-Soviet treaty applies to a German attack.",
	},
	{
		ID: "covenant-10", Instrument: instCovenant, Title: "Article 10 — territorial integrity",
		Versions:    []Version{{Label: LabelVerbatimEN, Lang: "en", Text: "The Members of the League undertake to respect and preserve as against external aggression the territorial integrity and existing political independence of all Members of the League. In case of any such aggression or in case of any threat or danger of such aggression the Council shall advise upon the means by which this obligation shall be fulfilled.", Source: "docest.com transcription of the Treaty of Versailles"}},
		Explanation: "Members promise to respect and protect each other's borders and independence against outside attack; when there is an attack or a threat of one, the Council advises how to keep that promise.",
	},
	{
		ID: "covenant-11", Instrument: instCovenant, Title: "Article 11 — war or threat of war",
		Versions:    []Version{{Label: LabelVerbatimEN, Lang: "en", Text: "1. Any war or threat of war, whether immediately affecting any of the Members of the League or not, is hereby declared a matter of concern to the whole League, and the League shall take any action that may be deemed wise and effectual to safeguard the peace of nations. In case any such emergency should arise the Secretary-General shall on the request of any Member of the League forthwith summon a meeting of the Council. 2. It is also declared to be the friendly right of each Member of the League to bring to the attention of the Assembly or of the Council any circumstance whatever affecting international relations which threatens to disturb international peace or the good understanding between nations upon which peace depends.", Source: "reproduction of the Covenant in F. Moorhouse, Grand Days; paragraph numbers per the 1926 resolution"}},
		Explanation: "Any war or threat of war concerns the whole League, which may act to keep the peace; any member can ask for the Council to meet. This is the League's general door, open even where the Franco-Soviet treaty does not apply.",
	},
	{
		ID: "covenant-12", Instrument: instCovenant, Title: "Article 12 — disputes and the three-month delay",
		Versions:    []Version{{Label: LabelStandardEN, Lang: "en", Text: "1. The Members of the League agree that, if there should arise between them any dispute likely to lead to a rupture, they will submit the matter either to arbitration or judicial settlement or to enquiry by the Council, and they agree in no case to resort to war until three months after the award by the arbitrators or the judicial decision, or the report by the Council. 2. In any case under this Article the award of the arbitrators or the judicial decision shall be made within a reasonable time, and the report of the Council shall be made within six months after the submission of the dispute.", Source: srcAvalon + "; the 1919 wording was checked, the 1924 amendments not re-checked"}},
		Explanation: "Members must take serious disputes to arbitration, a court or the Council, and must not go to war until three months after the decision or report. Going to war without doing so breaks the Covenant.",
	},
	{
		ID: "covenant-13", Instrument: instCovenant, Title: "Article 13 — arbitration and judicial settlement",
		Versions:    []Version{{Label: LabelStandardEN, Lang: "en", Text: "1. The Members of the League agree that whenever any dispute shall arise between them which they recognise to be suitable for submission to arbitration or judicial settlement and which cannot be satisfactorily settled by diplomacy, they will submit the whole subject-matter to arbitration or judicial settlement. 2. Disputes as to the interpretation of a treaty, as to any question of international law, as to the existence of any fact which if established would constitute a breach of any international obligation, or as to the extent and nature of the reparation to be made for any such breach, are declared to be among those which are generally suitable for submission to arbitration or judicial settlement. 3. For the consideration of any such dispute, the court to which the case is referred shall be the Permanent Court of International Justice, established in accordance with Article 14, or any tribunal agreed on by the parties to the dispute or stipulated in any convention existing between them. 4. The Members of the League agree that they will carry out in full good faith any award or decision that may be rendered, and that they will not resort to war against a Member of the League which complies therewith. In the event of any failure to carry out such an award or decision, the Council shall propose what steps should be taken to give effect thereto.", Source: srcAvalon + "; not re-checked"}},
		Explanation: "Legal disputes go to arbitration or to the Court at The Hague; members carry out the award and never make war on a member that complies with it.",
	},
	{
		ID: "covenant-15", Instrument: instCovenant, Title: "Article 15 — disputes before the Council",
		Versions: []Version{
			{Label: LabelVerbatimEN, Lang: "en", Text: "1. If there should arise between Members of the League any dispute likely to lead to a rupture, which is not submitted to arbitration or judicial settlement in accordance with Article 13, the Members of the League agree that they will submit the matter to the Council. Any party to the dispute may effect such submission by giving notice of the existence of the dispute to the Secretary-General, who will make all necessary arrangements for a full investigation and consideration thereof. 2. For this purpose the parties to the dispute will communicate to the Secretary-General, as promptly as possible, statements of their case with all the relevant facts and papers, and the Council may forthwith direct the publication thereof. 3. The Council shall endeavour to effect a settlement of the dispute, and if such efforts are successful, a statement shall be made public giving such facts and explanations regarding the dispute and the terms of settlement thereof as the Council may deem appropriate.", Source: "D. H. Miller, The Geneva Protocol (paragraphs 1–3)"},
			{Label: LabelStandardEN, Lang: "en", Text: "4. If the dispute is not thus settled, the Council either unanimously or by a majority vote shall make and publish a report containing a statement of the facts of the dispute and the recommendations which are deemed just and proper in regard thereto. 5. Any Member of the League represented on the Council may make public a statement of the facts of the dispute and of its conclusions regarding the same. 6. If a report by the Council is unanimously agreed to by the members thereof other than the Representatives of one or more of the parties to the dispute, the Members of the League agree that they will not go to war with any party to the dispute which complies with the recommendations of the report. 7. If the Council fails to reach a report which is unanimously agreed to by the members thereof, other than the Representatives of one or more of the parties to the dispute, the Members of the League reserve to themselves the right to take such action as they shall consider necessary for the maintenance of right and justice. 8. If the dispute between the parties is claimed by one of them, and is found by the Council, to arise out of a matter which by international law is solely within the domestic jurisdiction of that party, the Council shall so report, and shall make no recommendation as to its settlement.", Source: srcAvalon + " (paragraphs 4–8, not re-checked)"},
			{Label: LabelVerbatimEN, Lang: "en", Text: "9. The Council may in any case under this Article refer the dispute to the Assembly. The dispute shall be so referred at the request of either party to the dispute, provided that such request be made within fourteen days after the submission of the dispute to the Council. 10. In any case referred to the Assembly, all the provisions of this Article and of Article 12 relating to the action and powers of the Council shall apply to the action and powers of the Assembly, provided that a report made by the Assembly, if concurred in by the Representatives of those Members of the League represented on the Council and of a majority of the other Members of the League, exclusive in each case of the Representatives of the parties to the dispute, shall have the same force as a report by the Council concurred in by all the members thereof other than the Representatives of one or more of the parties to the dispute.", Source: "Google Books scan of the Covenant text (paragraphs 9–10)"},
		},
		Explanation: "Disputes not sent to arbitration go to the Council, which tries to settle them and otherwise reports with recommendations. A unanimous report protects the side that complies with it; if the Council cannot agree, members are free to act as they judge right.",
	},
	{
		ID: "covenant-15-7", Instrument: instCovenant, Title: "Article 15, paragraph 7 — when the Council cannot agree",
		Versions:    []Version{{Label: LabelStandardEN, Lang: "en", Text: "7. If the Council fails to reach a report which is unanimously agreed to by the members thereof, other than the Representatives of one or more of the parties to the dispute, the Members of the League reserve to themselves the right to take such action as they shall consider necessary for the maintenance of right and justice.", Source: srcAvalon + " (not re-checked)"}},
		Explanation: "If the Council cannot reach a unanimous report (not counting the parties to the dispute), the League's procedure runs out and each member may act as it thinks right. Article 2 of the Franco-Soviet treaty turns this freedom into a duty to help.",
	},
	{
		ID: "covenant-16", Instrument: instCovenant, Title: "Article 16 — sanctions",
		Versions: []Version{
			{Label: LabelVerbatimEN, Lang: "en", Text: "1. Should any Member of the League resort to war in disregard of its covenants under Articles 12, 13 or 15, it shall ipso facto be deemed to have committed an act of war against all other Members of the League, which hereby undertake immediately to subject it to the severance of all trade or financial relations, the prohibition of all intercourse between their nationals and the nationals of the covenant-breaking State, and the prevention of all financial, commercial or personal intercourse between the nationals of the covenant-breaking State and the nationals of any other State, whether a Member of the League or not.", Source: "Google Books scan of the Covenant (paragraph 1)"},
			{Label: LabelStandardEN, Lang: "en", Text: "2. It shall be the duty of the Council in such case to recommend to the several Governments concerned what effective military, naval or air force the Members of the League shall severally contribute to the armed forces to be used to protect the covenants of the League. 3. The Members of the League agree, further, that they will mutually support one another in the financial and economic measures which are taken under this Article, in order to minimise the loss and inconvenience resulting from the above measures, and that they will mutually support one another in resisting any special measures aimed at one of their number by the covenant-breaking State, and that they will take the necessary steps to afford passage through their territory to the forces of any of the Members of the League which are co-operating to protect the covenants of the League. 4. Any Member of the League which has violated any covenant of the League may be declared to be no longer a Member of the League by a vote of the Council concurred in by the Representatives of all the other Members of the League represented thereon.", Source: srcAvalon + " (paragraphs 2–4, not re-checked)"},
		},
		Explanation: "A member that goes to war in breach of the Covenant is treated as at war with all members: they cut off its trade and money at once, the Council recommends what forces each should contribute, and members let each other's forces pass through their territory.",
	},
	{
		ID: "covenant-17", Instrument: instCovenant, Title: "Article 17 — disputes with non-members",
		Versions:    []Version{{Label: LabelVerbatimEN, Lang: "en", Text: "1. In the event of a dispute between a Member of the League and a State which is not a Member of the League, or between States not Members of the League, the State or States not Members of the League shall be invited to accept the obligations of membership in the League for the purposes of such dispute, upon such conditions as the Council may deem just. If such invitation is accepted, the provisions of Articles 12 to 16 inclusive shall be applied with such modifications as may be deemed necessary by the Council. 2. Upon such invitation being given the Council shall immediately institute an inquiry into the circumstances of the dispute and recommend such action as may seem best and most effectual in the circumstances. 3. If a State so invited shall refuse to accept the obligations of membership in the League for the purposes of such dispute, and shall resort to war against a Member of the League, the provisions of Article 16 shall be applicable as against the State taking such action. 4. If both parties to the dispute when so invited refuse to accept the obligations of membership in the League for the purposes of such dispute, the Council may take such measures and make such recommendations as will prevent hostilities and will result in the settlement of the dispute.", Source: "Encyclopaedia Britannica, 14th ed., reprint of the Covenant"}},
		Explanation: "A state outside the League that has a dispute with a member is invited to follow the League's rules for that dispute. If it refuses and goes to war against a member, it faces the same sanctions as a member breaking the Covenant. Article 3 of the Franco-Soviet treaty cites paragraphs 1 and 3.",
	},
	{
		ID: "locarno-1", Instrument: instLocarno, Title: "Article 1 — the guarantee",
		Versions:    []Version{{Label: LabelStandardEN, Lang: "en", Text: "The high contracting parties collectively and severally guarantee, in the manner provided in the following articles, the maintenance of the territorial status quo resulting from the frontiers between Germany and Belgium and between Germany and France and the inviolability of the said frontiers as fixed by or in pursuance of the Treaty of Peace signed at Versailles on June 28, 1919, and also the observance of the stipulations of articles 42 and 43 of the said treaty concerning the demilitarized zone.", Source: srcLocarno}},
		Explanation: "Germany, Belgium, France, Britain and Italy together guarantee the Franco-German and Belgian-German borders and the demilitarised Rhineland.",
	},
	{
		ID: "locarno-2", Instrument: instLocarno, Title: "Article 2 — no war between Germany and France or Belgium, and its exceptions",
		Versions:    []Version{{Label: LabelStandardEN, Lang: "en", Text: "Germany and Belgium, and also Germany and France, mutually undertake that they will in no case attack or invade each other or resort to war against each other. This stipulation shall not, however, apply in the case of — 1. The exercise of the right of legitimate defence, that is to say, resistance to a violation of the undertaking contained in the previous paragraph or to a flagrant breach of articles 42 or 43 of the said Treaty of Versailles, when such breach constitutes an unprovoked act of aggression and by reason of the assembly of armed forces in the demilitarized zone immediate action is necessary. 2. Action in pursuance of article 16 of the Covenant of the League of Nations. 3. Action as the result of a decision taken by the Assembly or by the Council of the League of Nations or in pursuance of article 15, paragraph 7, of the Covenant of the League of Nations, provided that in this last event the action is directed against a State which was the first to attack.", Source: srcLocarno + "; the first sentence was checked against the IMT quotation, the three exceptions were not re-checked"}},
		Explanation: "France and Germany (and Belgium and Germany) promise never to attack each other — except in self-defence, in carrying out League sanctions under Article 16, or on a League decision or under Article 15(7) against the state that attacked first. Whether France could help the USSR against Germany without breaking this promise is the question behind protocol point II.",
	},
	{
		ID: "locarno-3", Instrument: instLocarno, Title: "Article 3 — peaceful settlement",
		Versions:    []Version{{Label: LabelStandardEN, Lang: "en", Text: "In view of the undertakings entered into in article 2 of the present treaty, Germany and Belgium and Germany and France undertake to settle by peaceful means and in the manner laid down herein all questions of every kind which may arise between them and which it may not be possible to settle by the normal methods of diplomacy: Any question with regard to which the parties are in conflict as to their respective rights shall be submitted to judicial decision, and the parties undertake to comply with such decision. All other questions shall be submitted to a conciliation commission. If the proposals of this commission are not accepted by the two parties, the question shall be brought before the Council of the League of Nations, which will deal with it in accordance with article 15 of the Covenant of the League. The detailed arrangements for effecting such peaceful settlement are the subject of special agreements signed this day.", Source: srcLocarno}},
		Explanation: "Disputes between Germany and France or Belgium go to a court or to conciliation, and then to the League Council. Germany could have taken its complaint against the Franco-Soviet treaty down this road instead of marching into the Rhineland.",
	},
	{
		ID: "locarno-4", Instrument: instLocarno, Title: "Article 4 — violations and the guarantors' help",
		Versions: []Version{
			{Label: LabelVerbatimEN, Lang: "en", Text: "(1) If one of the High Contracting Parties alleges that a violation of Article 2 of the present Treaty or a breach of Articles 42 or 43 of the Treaty of Versailles has been or is being committed, it shall bring the question at once before the Council of the League of Nations. (2) As soon as the Council of the League of Nations is satisfied that such violation or breach has been committed, it will notify its finding without delay to the Powers signatory of the present Treaty, who severally agree that in such case they will each of them come immediately to the assistance of the Power against whom the act complained of is directed. (3) In case of a flagrant violation of Article 2 of the present Treaty or of a flagrant breach of Articles 42 or 43 of the Treaty of Versailles by one of the High Contracting Parties, each of the other Contracting Parties hereby undertakes immediately to come to the help of the Party against whom such a violation or breach has been directed as soon as the said Power has been able to satisfy itself that this violation constitutes an unprovoked act of aggression and that by reason either of the crossing of the frontier or of the outbreak of hostilities or of the assembly of armed forces in the demilitarized zone immediate action is necessary. Nevertheless, the Council of the League of Nations, which will be seized of the question in accordance with the first paragraph of this Article, will issue its findings, and the High Contracting Parties undertake to act in accordance with the recommendations of", Source: "Gibler 2009, p. 318 of the online copy"},
			{Label: LabelStandardEN, Lang: "en", Text: "[the Council, provided that they are concurred in by all the Members other than the representatives of the Parties which have engaged in hostilities.]", Source: srcLocarno + " (after the page break)"},
		},
		Explanation: "If one Locarno power breaks the no-war promise or the demilitarised zone, the Council decides and all the others help the victim; in a flagrant case they help at once. So if France attacked Germany outside the exceptions of Article 2, Britain and Italy would owe Germany their help — the 'sanctions' protocol point II keeps France clear of.",
	},
	{
		ID: "locarno-5", Instrument: instLocarno, Title: "Article 5 — the guarantee of peaceful settlement",
		Versions: []Version{
			{Label: LabelVerbatimEN, Lang: "en", Text: "The provisions of Article 3 of the present treaty are placed under the guarantee of the High Contracting Parties as provided by the following stipulations:", Source: "IMT translation (first paragraph)"},
			{Label: LabelStandardEN, Lang: "en", Text: "If one of the Powers referred to in Article 3 refuses to submit a dispute to peaceful settlement or to comply with an arbitral or judicial decision and commits a violation of Article 2 of the present treaty or a breach of Articles 42 or 43 of the Treaty of Versailles, the provisions of Article 4 of the present treaty shall apply. Where one of the Powers mentioned in article 3 without committing a violation of article 2 of the present treaty or a breach of articles 42 or 43 of the Treaty of Versailles, refuses to submit a dispute to peaceful settlement or to comply with an arbitral or judicial decision, the other party shall bring the matter before the Council of the League of Nations, and the Council shall propose what steps shall be taken; the high contracting parties shall comply with these proposals.", Source: srcLocarno + " (not re-checked)"},
		},
		Explanation: "Refusing peaceful settlement is itself guaranteed against: combined with a violation it brings Article 4 into play; without one, the Council proposes what to do.",
	},
	{
		ID: "locarno-8", Instrument: instLocarno, Title: "Article 8 — duration (no unilateral denunciation)",
		Versions:    []Version{{Label: LabelVerbatimEN, Lang: "en", Text: "The present Treaty shall be registered at the League of Nations in accordance with the Covenant of the League. It shall remain in force until the Council, acting on a request of one or other of the High Contracting Parties notified to the other signatory Powers three months in advance, and voting at least by a two-thirds majority, decides that the League of Nations ensures sufficient protection to the High Contracting Parties; the Treaty shall cease to have effect on the expiration of a period of one year from such decision.", Source: "IMT document TC-12"}},
		Explanation: "Locarno ends only by a decision of the League Council, not by one party's say-so — which is why Germany's 'denunciation' of 7 March 1936 had no basis in the text.",
	},
	{
		ID: "versailles-42", Instrument: instVersailles, Title: "Article 42 — no fortifications in the Rhineland",
		Versions:    []Version{{Label: LabelVerbatimEN, Lang: "en", Text: "Germany is forbidden to maintain or construct any fortifications either on the left bank of the Rhine or on the right bank to the west of a line drawn 50 kilometres to the East of the Rhine.", Source: "docest.com transcription"}},
		Explanation: "Germany may build no fortifications west of the Rhine or within 50 km east of it.",
	},
	{
		ID: "versailles-43", Instrument: instVersailles, Title: "Article 43 — no armed forces in the zone",
		Versions: []Version{
			{Label: LabelStandardEN, Lang: "en", Text: "In the area defined above the maintenance and the assembly of armed forces, either permanently or temporarily, and military manoeuvres of any kind, as well as the upkeep of all permanent works for mobilization, are in the same way forbidden."},
			{Label: LabelVerbatimFR, Lang: "fr", Text: "Sont également interdits, dans la zone définie à l'article 42, l'entretien ou le rassemblement de forces armées, soit à titre permanent, soit à titre temporaire […]", Source: "studylibfr.com extract (opening only)"},
		},
		Explanation: "In the same zone Germany may keep or gather no troops, hold no manoeuvres and keep no works for mobilisation. German troops entering the zone on 7 March 1936 broke this article.",
	},
	{
		ID: "versailles-44", Instrument: instVersailles, Title: "Article 44 — a breach is a hostile act",
		Versions: []Version{
			{Label: LabelStandardEN, Lang: "en", Text: "In case Germany violates in any manner whatever the provisions of Articles 42 and 43, she shall be regarded as committing a hostile act against the Powers signatory of the present Treaty and as calculated to disturb the peace of the world."},
			{Label: LabelVerbatimFR, Lang: "fr", Text: "Au cas où l'Allemagne contreviendrait de quelque manière que ce soit aux dispositions des articles 42 et 43, elle serait considérée comme commettant un acte hostile vis-à-vis des puissances signataires du présent Traité et comme cherchant à troubler la paix du monde.", Source: "studylibfr.com extract"},
		},
		Explanation: "Any German breach of the zone counts as a hostile act against all the signatories of Versailles. Locarno placed Articles 42 and 43 (not 44) under its guarantee.",
	},
}
