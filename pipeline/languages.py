"""The languages the pipeline writes in: one row each, so adding a language is adding a row.

Every format takes what it needs for a language from here (its script and direction, braille
table, fonts, voices, ID3 code), never from a table of its own. The README's "Adding a language"
says what else a new row needs (config lines, Debian packages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import LeafletError


@dataclass(frozen=True)
class Language:
    """What each format needs to write one language. Empty means the format has nothing special:
    no print font (the format's own Latin face), no gTTS voice."""

    code: str  # BCP 47 primary subtag: "ur"
    english_name: str  # said or printed before a line in this language: "Urdu"
    script: str  # as pipeline.text.script_of names it: "Arabic"
    right_to_left: bool
    braille_table: str  # liblouis table, uncontracted (grade 1)
    contracted_braille_table: str  # liblouis table for grade 2; "" writes grade 1 instead
    espeak_voice: str  # espeak-ng -v
    gtts_code: str  # gTTS lang
    iso_639_2: str  # ID3 TLAN
    print_font: str = ""  # the face print (large print, Easy Read) sets the script in
    screen_fallback_fonts: tuple[str, ...] = ()  # faces a reader's screen may have instead
    hyphenation: str = ""  # pyphen's patterns, to divide a long braille word between syllables
    # Words that open a line of the format offer only when its beginning was lost: the line is
    # flagged for a person (the Arabic offer begins "If you would like to obtain...": a line
    # starting "على" ("... this information") has lost its first words).
    cut_sentence_openers: tuple[str, ...] = ()
    # The language's own name, lower-cased, as a line over a translation of a leaflet names it
    # ("Polish / Polski"): the importer leaves that line out with the translation.
    own_names: tuple[str, ...] = ()
    # The words that label a safety notice in this language, each with the kind of notice it
    # names as model.NOTICE_WORDS does: "اہم: ..." ("Important: ...") opens a notice in an
    # Urdu leaflet as "Important: ..." does in an English one. Only the plain dictionary words
    # for Important, Warning and Caution, as translated NHS leaflets put them over a notice;
    # a word not certain is left out (the notice is then a paragraph, never a wrong box).
    notice_labels: tuple[tuple[str, str], ...] = ()
    # What print says before the column headings of a table it sets as rows, "{rows}" its
    # number of rows: English's "Table of {rows} rows, columns:". Only where the words are
    # certain (the table is then announced in English, marked so, as before); said as a count
    # after a label, so no language's plural has to agree with the number.
    table_as_rows: str = ""
    # How a sentence tells a patient to ring a service's short number (111, 999): the words for
    # call, ring or phone, lower-cased ("call", Urdu فون "phone"); the little words that may
    # stand between them and the number ("on", Urdu کو and پر); and whether the number comes
    # first, as Urdu's "999 کو فون کریں" ("999 to phone do"), or after, as "call 999". A number
    # with none of these near it is a room's or a dose's, never a number to ring.
    call_words: tuple[str, ...] = ()
    call_links: tuple[str, ...] = ()
    number_before_call: bool = False
    # Which form of a unit goes with a figure said before it (the audio's rules, by name, in
    # speech_script.UNIT_FORMS): "polish" (1 miligram, 2 miligramy, 5 miligramów); "singular",
    # one form after any number (Welsh "500 miligram"). "" where no rule is certain: the
    # pronunciation list may then give the language no unit words.
    unit_forms: str = ""
    # The words among call_links for "or": what stands on their far side may be another to
    # ring, a few words long ("Call your GP or 111", Urdu "111 یا اپنے جی پی کو فون کریں").
    call_alternatives: tuple[str, ...] = ()
    # The words that say "not", "never", "no" or "without" in this language, lower-cased, each a
    # whole word as print writes it: a format's check fails where one is lost or added, since
    # "ڈرائیو نہ کریں" (do not drive) without its "نہ" tells the reader to drive. A word that can
    # also mean something else (Welsh "na", "than") is listed all the same: it is only ever
    # looked at where the output reads it back differently from the source.
    negations: tuple[str, ...] = ()
    # Those of the negations that are also another word (Welsh "ni" "us", as in "Cysylltwch â
    # ni", "na" "than"; Polish "ani" "nor" and the name Ani): they say "not" only opening a
    # sentence or a clause, before its verb ("Ni ddylech yrru"). A line is never a ban by such
    # a word anywhere else.
    negations_opening_only: tuple[str, ...] = ()
    # The words a trust's note about its file is made of ("Do not photocopy", "Uncontrolled
    # when printed", Polish "Nie kopiować"), lower-cased, each with its kind: "about", the
    # start of a word that says the note is about copying, printing or the document's control
    # ("photocop" for photocopy and photocopied); "joining", a whole word such a note also
    # says ("this", "leaflet"). A line of nothing else (and the words for not) is no
    # instruction to the patient: the import leaves it out and says so.
    file_note_words: tuple[tuple[str, str], ...] = ()
    # How a count's blank is labelled in a language other than English, as a question: the
    # words for "how many" that open its label, lower-cased (Urdu کتنی and کتنے: "[کتنی
    # بار]{.field}", "how many times"), and the words for what is counted that follow them,
    # each with the unit of fill.COUNT_RANGES it is and its form after the number one ("" when
    # the same): "بار" is "time", and 10 is written in as "10 بار". Only words a number takes
    # unchanged from two up (Polish "razy", but not "sekund", which is "sekundy" after 2 to 4).
    count_questions: tuple[str, ...] = ()
    count_units: tuple[tuple[str, str, str], ...] = ()
    # The labels a leaflet in this language gives its details by, lower-cased, each with the
    # detail it labels as the import names it ("number", "version", "issued", "next_review"):
    # Polish "Ulotka nr MED-0731 wersja 2" / "Data wydania: 05/2025" had stayed in the body,
    # read out in every format, as the import knew only English labels.
    detail_labels: tuple[tuple[str, str], ...] = ()
    # Whole words that name a department, as "Department" or "Ward" does in English: a short
    # line under the title with one is the department that wrote the leaflet (Polish
    # "Oddział Chorób Wewnętrznych" had been a heading).
    department_words: tuple[str, ...] = ()
    # A line that bans whatever the list under it names, as the language writes it (lower-case,
    # no colon), with the words each item is then said with, and those words before an item
    # starting with a vowel ("" where such an item cannot take them): Polish "Nie wolno:" ("you
    # must not:") over "– prowadzić samochodu" had been a paragraph over a plain list, no format
    # saying the ban with the item; it is "Nie wolno prowadzić samochodu", as "Do not:" over
    # "drive" is "Do not drive". Only where every item goes on from the words unchanged (Polish
    # takes an infinitive after "nie wolno"); elsewhere the lead-in stays a line over its list.
    ban_lead_ins: tuple[tuple[str, str, str], ...] = ()
    # How an item's first letters change after a ban lead-in's words before a consonant, each
    # as (letters, their mutated form), lower-case: Welsh "â" causes the aspirate mutation, so
    # "Peidiwch â:" over "tynnu'r pwythau" is "Peidiwch â thynnu'r pwythau" (it had been
    # "Peidiwch â tynnu'r pwythau"). An item already mutated ("chael bath") stays as written.
    ban_mutations: tuple[tuple[str, str], ...] = ()
    # The months as a leaflet's details name them, lower-cased, each with its number (every form
    # a date may take: Polish "marzec" and "marca"): Welsh "Dyddiad adolygu: Mawrth 2028" had
    # given no review date, the import knowing only English months.
    month_names: tuple[tuple[str, int], ...] = ()
    # A line naming whom the leaflet is for, as English "Information for patients" does,
    # lower-cased and whole: it is no title or heading. The import leaves it out of the front
    # matter, which keeps the pipeline's English audience: the recording says the audience in
    # its English announcement, so a Welsh one would be said by the English voice.
    audience_lines: tuple[str, ...] = ()
    # How a range of figures is said ("2-3", "2–8°C"): the word before its first figure ("" for
    # none) and the word between its figures, as the language reads such a range aloud. Every
    # voice reads the dash as nothing ("2-3 گولیاں" was "do teen", "2-8°C" in Polish "dwa
    # osiem"): the audio says "2 سے 3", "2 do 8 stopni Celsjusza". Only words certain to
    # be right after any figure; () leaves ranges as printed (the audio check lists them).
    range_words: tuple[str, str] = ()
    # The words by which a notice's label line points to the paragraph under it, as English
    # "keep this number with you", "read this information", "see below" do, lower-cased, each
    # a whole word or words: "PWYSIG - cadwch y rhif hwn gyda chi bob amser" over the
    # helpline's number is a notice holding it (it had been a heading over the number, no
    # notice said). Only words certain to point on; a label line with none holds only itself.
    pointing_words: tuple[str, ...] = ()


LANGUAGES: tuple[Language, ...] = (
    Language(
        code="en",
        english_name="English",
        script="Latin",
        right_to_left=False,
        braille_table="en-ueb-g1.ctb",
        contracted_braille_table="en-ueb-g2.ctb",
        espeak_voice="en-gb",
        gtts_code="en",
        iso_639_2="eng",
        hyphenation="en_GB",
        notice_labels=(
            ("important", "important"), ("warning", "warning"), ("warning", "caution"),
            ("note", "please note"),
        ),
        table_as_rows="Table of {rows} rows, columns:",
        call_words=("call", "ring", "phone", "dial", "telephone", "contact"),
        call_links=("on", "the", "or", "and", "nhs", "free", "freephone", "now", "immediately"),
        call_alternatives=("or",),
        negations=("not", "no", "never", "cannot", "nor", "without"),
        file_note_words=(
            *(("about", stem) for stem in (
                "copy", "copie", "photocop", "reproduc", "print", "uncontrolled", "control",
                "circulat", "distribut",
            )),
            *(("joining", word) for word in (
                "do", "don", "t", "please", "this", "the", "a", "an", "is", "are", "be", "to",
                "of", "when", "once", "if", "leaflet", "document", "copy", "page", "permission",
                "without",
            )),
        ),
    ),
    Language(
        code="ur",
        english_name="Urdu",
        script="Arabic",
        right_to_left=True,
        braille_table="ur-pk-g1.utb",
        contracted_braille_table="",
        espeak_voice="ur",
        gtts_code="ur",
        range_words=("", "سے"),  # "2 سے 3 گولیاں", two to three tablets
        iso_639_2="urd",
        # Urdu readers expect Nastaliq, Arabic readers Naskh.
        print_font="Noto Nastaliq Urdu",
        screen_fallback_fonts=("Jameel Noori Nastaleeq", "Urdu Typesetting", "serif"),
        own_names=("اردو",),
        # مریضوں کے لیے (or لئے) معلومات "information for patients", ... اور نگہداشت کرنے
        # والوں کے لیے "... and carers"
        audience_lines=(
            "مریضوں کے لیے معلومات", "مریضوں کے لئے معلومات", "مریض کے لیے معلومات",
            "مریض کے لئے معلومات", "مریضوں اور نگہداشت کرنے والوں کے لیے معلومات",
        ),
        # شعبہ "department", سینٹر and مرکز "centre", کلینک "clinic", یونٹ "unit", وارڈ "ward",
        # سروس "service", ٹیم "team" (before or after the specialty: "ذیابیطس سینٹر")
        department_words=("شعبہ", "سینٹر", "مرکز", "کلینک", "یونٹ", "وارڈ", "سروس", "ٹیم"),
        # اہم "important", انتباہ "warning", احتیاط "caution"
        notice_labels=(("important", "اہم"), ("warning", "انتباہ"), ("warning", "احتیاط")),
        # جدول "table", قطاریں "rows", کالم "columns"
        table_as_rows="جدول، قطاریں: {rows}، کالم:",
        # فون "phone", کال "call" (کریں "do" follows); کو "to", پر "on", یا "or"
        call_words=("فون", "کال"),
        call_links=("کو", "پر", "یا", "nhs"),
        call_alternatives=("یا",),
        number_before_call=True,
        # نہ and مت "do not" (before a verb), نہیں "not", بغیر "without", کبھی نہیں "never"
        negations=("نہ", "مت", "نہیں", "بغیر"),
        # کتنی and کتنے "how many"; بار "times", دن "days", منٹ "minutes", سیکنڈ "seconds",
        # گھنٹے "hours", ہفتے "weeks" (after a number as they are: "3 بار", "10 منٹ")
        count_questions=("کتنی", "کتنے"),
        count_units=(
            ("بار", "time", ""), ("دن", "day", ""), ("منٹ", "minute", ""),
            ("سیکنڈ", "second", ""), ("گھنٹے", "hour", "گھنٹہ"), ("ہفتے", "week", "ہفتہ"),
        ),
    ),
    Language(
        code="ar",
        english_name="Arabic",
        script="Arabic",
        right_to_left=True,
        braille_table="ar-ar-g1.utb",
        contracted_braille_table="",
        espeak_voice="ar",
        gtts_code="ar",
        range_words=("", "إلى"),  # "2 إلى 3 أقراص"
        iso_639_2="ara",
        print_font="Noto Naskh Arabic",
        screen_fallback_fonts=("Noto Sans Arabic", "Traditional Arabic", "Arial", "serif"),
        cut_sentence_openers=("على", "في", "من", "إلى", "عن", "و"),
        own_names=("العربية", "عربي"),
        # معلومات للمرضى "information for patients", للمريض "for the patient", ... ومقدمي
        # الرعاية "... and carers"
        audience_lines=(
            "معلومات للمرضى", "معلومات للمريض", "معلومات للمرضى ومقدمي الرعاية",
        ),
        # قسم "department", مركز "centre", عيادة "clinic", وحدة "unit", جناح "ward", خدمة and
        # خدمات "service(s)", فريق "team" (each opening the name: "عيادة السكري")
        department_words=("قسم", "مركز", "عيادة", "وحدة", "جناح", "خدمة", "خدمات", "فريق"),
        # مهم and هام "important", تحذير "warning", تنبيه "caution" ("alert")
        notice_labels=(
            ("important", "مهم"), ("important", "هام"), ("warning", "تحذير"), ("warning", "تنبيه"),
        ),
        # جدول "table", عدد الصفوف "number of rows", الأعمدة "the columns"
        table_as_rows="جدول، عدد الصفوف: {rows}، الأعمدة:",
        # اتصل "call", اتصلوا and اتصلي its plural and feminine, الاتصال "calling"; بالرقم "on
        # the number", على "on", أو "or"
        call_words=("اتصل", "فاتصل", "اتصلوا", "فاتصلوا", "اتصلي", "فاتصلي", "الاتصال", "بالاتصال"),
        call_links=("بالرقم", "برقم", "الرقم", "رقم", "على", "ب", "بـ", "أو", "nhs"),
        call_alternatives=("أو",),
        # لا "do not" / "no" (and with "and" or "so" joined: ولا, فلا), لم "did not", لن "will
        # not", ليس/ليست "is not", غير "not" (before an adjective), بدون "without", أبدا "never"
        negations=(
            "لا", "ولا", "فلا", "لم", "ولم", "لن", "ولن", "ليس", "ليست", "غير", "بدون", "أبدا",
            "أبداً",
        ),
    ),
    Language(
        code="gu",
        english_name="Gujarati",
        script="Gujarati",
        right_to_left=False,
        braille_table="gu-in-g1.utb",
        contracted_braille_table="",
        espeak_voice="gu",
        gtts_code="gu",
        range_words=("", "થી"),  # "2 થી 3 ગોળીઓ"
        iso_639_2="guj",
        print_font="Noto Sans Gujarati",
        screen_fallback_fonts=("Shruti", "Nirmala UI", "sans-serif"),
        own_names=("ગુજરાતી",),
        # દર્દીઓ માટે માહિતી "information for patients"
        # ... "દર્દી માટે" "for the patient", "દર્દીઓ અને સંભાળ રાખનારાઓ માટે" "for patients
        # and carers"
        audience_lines=(
            "દર્દીઓ માટે માહિતી", "દર્દી માટે માહિતી",
            "દર્દીઓ અને સંભાળ રાખનારાઓ માટે માહિતી",
        ),
        # વિભાગ "department", સેન્ટર and કેન્દ્ર "centre", ક્લિનિક "clinic", યુનિટ "unit", વોર્ડ
        # "ward", સેવા and સેવાઓ "service(s)", ટીમ "team" (after the specialty: "ડાયાબિટીસ સેન્ટર")
        department_words=(
            "વિભાગ", "સેન્ટર", "કેન્દ્ર", "ક્લિનિક", "યુનિટ", "વોર્ડ", "સેવા", "સેવાઓ", "ટીમ",
        ),
        # મહત્વપૂર્ણ (or મહત્ત્વપૂર્ણ) "important", ચેતવણી "warning", સાવધાન "caution"
        notice_labels=(
            ("important", "મહત્વપૂર્ણ"), ("important", "મહત્ત્વપૂર્ણ"), ("warning", "ચેતવણી"),
            ("warning", "સાવધાન"),
        ),
        # ફોન "phone", કૉલ "call" (કરો "do" follows); પર "on", ને "to", અથવા "or"
        call_words=("ફોન", "કૉલ", "કોલ"),
        call_links=("પર", "ને", "અથવા", "nhs"),
        call_alternatives=("અથવા",),
        number_before_call=True,
        # ન and ના "do not" (before a verb), નહીં (or નહિ, નહી) "not", નથી "is not", ક્યારેય
        # "ever" (with ન, "never"), વગર and વિના "without"
        negations=("ન", "ના", "નહીં", "નહિ", "નહી", "નથી", "ક્યારેય", "વગર", "વિના"),
        # કેટલી and કેટલા "how many"; વાર "times", દિવસ "days", મિનિટ "minutes", સેકન્ડ
        # "seconds", કલાક "hours", અઠવાડિયા "weeks"
        count_questions=("કેટલી", "કેટલા"),
        count_units=(
            ("વાર", "time", ""), ("દિવસ", "day", ""), ("મિનિટ", "minute", ""),
            ("સેકન્ડ", "second", ""), ("કલાક", "hour", ""), ("અઠવાડિયા", "week", "અઠવાડિયું"),
        ),
    ),
    Language(
        code="pa",
        english_name="Punjabi",
        script="Gurmukhi",
        right_to_left=False,
        braille_table="pa.tbl",
        contracted_braille_table="",
        espeak_voice="pa",
        gtts_code="pa",
        range_words=("", "ਤੋਂ"),  # "2 ਤੋਂ 3 ਗੋਲੀਆਂ"
        iso_639_2="pan",
        print_font="Noto Sans Gurmukhi",
        screen_fallback_fonts=("Raavi", "Nirmala UI", "sans-serif"),
        own_names=("ਪੰਜਾਬੀ",),
        # ਮਰੀਜ਼ਾਂ ਲਈ ਜਾਣਕਾਰੀ "information for patients", ਮਰੀਜ਼ ਲਈ "for the patient", ਮਰੀਜ਼ਾਂ ਅਤੇ
        # ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਲਈ "for patients and carers"
        audience_lines=(
            "ਮਰੀਜ਼ਾਂ ਲਈ ਜਾਣਕਾਰੀ", "ਮਰੀਜ਼ ਲਈ ਜਾਣਕਾਰੀ", "ਮਰੀਜ਼ਾਂ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਲਈ ਜਾਣਕਾਰੀ",
        ),
        # ਵਿਭਾਗ "department", ਸੈਂਟਰ and ਕੇਂਦਰ "centre", ਕਲੀਨਿਕ "clinic", ਯੂਨਿਟ "unit", ਵਾਰਡ
        # "ward", ਸੇਵਾ and ਸੇਵਾਵਾਂ "service(s)", ਟੀਮ "team" (after the specialty: "ਡਾਇਬੀਟੀਜ਼ ਸੈਂਟਰ")
        department_words=(
            "ਵਿਭਾਗ", "ਸੈਂਟਰ", "ਕੇਂਦਰ", "ਕਲੀਨਿਕ", "ਯੂਨਿਟ", "ਵਾਰਡ", "ਸੇਵਾ", "ਸੇਵਾਵਾਂ", "ਟੀਮ",
        ),
        # ਮਹੱਤਵਪੂਰਨ (or ਮਹੱਤਵਪੂਰਣ) "important", ਚੇਤਾਵਨੀ "warning", ਸਾਵਧਾਨ "caution"
        notice_labels=(
            ("important", "ਮਹੱਤਵਪੂਰਨ"), ("important", "ਮਹੱਤਵਪੂਰਣ"), ("warning", "ਚੇਤਾਵਨੀ"),
            ("warning", "ਸਾਵਧਾਨ"),
        ),
        # ਫ਼ੋਨ "phone", ਕਾਲ "call" (ਕਰੋ "do" follows); ਨੂੰ "to", ਤੇ and ਉੱਤੇ "on", ਜਾਂ "or"
        call_words=("ਫ਼ੋਨ", "ਫੋਨ", "ਕਾਲ"),
        call_links=("ਨੂੰ", "ਤੇ", "ਉੱਤੇ", "ਜਾਂ", "nhs"),
        call_alternatives=("ਜਾਂ",),
        number_before_call=True,
        # ਨਾ and ਨ "do not" (before a verb), ਨਹੀਂ (or ਨਹੀ) "not", ਮਤ "do not", ਬਿਨਾਂ and ਬਗੈਰ
        # "without", ਕਦੇ ਨਹੀਂ "never"
        negations=("ਨਾ", "ਨ", "ਨਹੀਂ", "ਨਹੀ", "ਮਤ", "ਬਿਨਾਂ", "ਬਿਨਾ", "ਬਗੈਰ", "ਬਗ਼ੈਰ"),
        # ਕਿੰਨੀ and ਕਿੰਨੇ "how many"; ਵਾਰ "times", ਦਿਨ "days", ਮਿੰਟ "minutes", ਸਕਿੰਟ "seconds",
        # ਘੰਟੇ "hours", ਹਫ਼ਤੇ "weeks"
        count_questions=("ਕਿੰਨੀ", "ਕਿੰਨੇ"),
        count_units=(
            ("ਵਾਰ", "time", ""), ("ਦਿਨ", "day", ""), ("ਮਿੰਟ", "minute", ""),
            ("ਸਕਿੰਟ", "second", ""), ("ਘੰਟੇ", "hour", "ਘੰਟਾ"), ("ਹਫ਼ਤੇ", "week", "ਹਫ਼ਤਾ"),
        ),
    ),
    Language(
        code="pl",
        english_name="Polish",
        script="Latin",
        right_to_left=False,
        braille_table="Pl-Pl-g1.utb",
        contracted_braille_table="",
        espeak_voice="pl",
        gtts_code="pl",
        # "2 do 8 stopni Celsjusza", "co 4 do 6 godzin" (an "od" before it would follow "co",
        # "przez", "po" wrongly: "co od 4 do 6")
        range_words=("", "do"),
        iso_639_2="pol",
        hyphenation="pl_PL",
        unit_forms="polish",
        own_names=("polski", "polsku", "polska"),
        # ważne "important", ostrzeżenie "warning", uwaga "caution" ("attention")
        notice_labels=(("important", "ważne"), ("warning", "ostrzeżenie"), ("warning", "uwaga")),
        table_as_rows="Tabela, wiersze: {rows}, kolumny:",
        # zadzwoń "call" and its forms; "pod numer" and "na" "on (the number)", lub "or"
        call_words=("zadzwoń", "zadzwonić", "dzwoń", "dzwonić", "zadzwoni"),
        call_links=("pod", "na", "numer", "numeru", "lub", "albo", "nhs"),
        call_alternatives=("lub", "albo"),
        # nie "not", nigdy "never", bez "without", ani "nor", żaden (and its forms) "no"
        negations=(
            "nie", "nigdy", "bez", "ani", "żaden", "żadna", "żadne", "żadnego", "żadnej",
            "żadnych", "żadnym", "żadnymi", "żadnemu",
        ),
        negations_opening_only=("ani", "bez"),
        # ile "how many"; razy "times" (one is "raz"): "2 razy", "5 razy", "1 raz". Seconds,
        # minutes and days change after 2 to 4 (sekundy, sekund) and are not listed
        count_questions=("ile",),
        count_units=(("razy", "time", "raz"),),
        # ulotka nr "leaflet no.", wersja "version", data wydania "date of issue", data
        # przeglądu "review date"
        # data następnego przeglądu "date of the next review"
        detail_labels=(
            ("number", "ulotka nr"), ("version", "wersja"), ("issued", "data wydania"),
            ("next_review", "data następnego przeglądu"), ("next_review", "data przeglądu"),
        ),
        # each month as a date names it alone ("marzec 2028") and of a day ("5 marca 2028")
        month_names=tuple(
            (name, number) for number, names in enumerate((
                ("styczeń", "stycznia"), ("luty", "lutego"), ("marzec", "marca"),
                ("kwiecień", "kwietnia"), ("maj", "maja"), ("czerwiec", "czerwca"),
                ("lipiec", "lipca"), ("sierpień", "sierpnia"), ("wrzesień", "września"),
                ("październik", "października"), ("listopad", "listopada"),
                ("grudzień", "grudnia"),
            ), start=1) for name in names
        ),
        # "information for patients", "... and carers", "... for the patient"
        audience_lines=(
            "informacja dla pacjentów", "informacje dla pacjentów", "informacja dla pacjenta",
            "informacja dla pacjentów i opiekunów", "informacje dla pacjentów i opiekunów",
        ),
        # oddział "ward, department", poradnia "outpatient clinic"
        department_words=("oddział", "poradnia"),
        # ten numer "this number" (te numery "these numbers"), tę informację / te informacje
        # "this information", poniżej "below", poniższe (and its forms) and następujące "the
        # following"
        pointing_words=(
            "ten numer", "te numery", "tę informację", "te informacje", "poniżej", "poniższe",
            "poniższy", "poniższą", "poniższych", "następujące", "następujących",
        ),
        # nie wolno "must not", nie należy "should not" (each before an infinitive, as a list
        # under it writes its items: "prowadzić samochodu"), nie "do not" (before an
        # imperative: "jedz", "pij")
        ban_lead_ins=(
            ("nie wolno", "Nie wolno", "Nie wolno"), ("nie należy", "Nie należy", "Nie należy"),
            ("nie", "Nie", "Nie"),
        ),
        # kopiować "copy", kserować "photocopy", powielać "reproduce", wydruk "print-out",
        # niekontrolowany "uncontrolled", rozpowszechniać "distribute"
        file_note_words=(
            *(("about", stem) for stem in (
                "kopi", "kopio", "ksero", "kserow", "powiel", "wydruk", "drukow",
                "niekontrolowan", "kontrolowan", "rozpowszechn",
            )),
            *(("joining", word) for word in (
                "dokument", "dokumentu", "ulotka", "ulotki", "ulotkę", "ten", "tego", "tej",
                "tę", "po", "w", "jest", "proszę", "należy", "zgody",
            )),
        ),
    ),
    Language(
        code="cy",
        english_name="Welsh",
        script="Latin",
        right_to_left=False,
        braille_table="cy-cy-g1.utb",
        contracted_braille_table="cy-cy-g2.ctb",
        espeak_voice="cy",
        gtts_code="cy",
        # "2 i 8 gradd Celsius", "bob 4 i 6 awr": "rhwng 2 ac 8" would follow "bob" and "ar"
        # wrongly ("bob rhwng 4 a 6 awr"), and its "a" or "ac" hangs on how a voice counts past
        # 10 ("un ar ddeg" or "un deg un"). (A figure's word after "i" is soft-mutated, "i
        # ddau": a voice reading the figure does not, as it does not after "a".)
        range_words=("", "i"),
        iso_639_2="cym",  # ISO 639-2/T; the /B form is "wel"
        unit_forms="singular",  # (a unit after "dau" is strictly soft-mutated: not done)
        own_names=("cymraeg",),
        # pwysig "important", rhybudd "warning"
        notice_labels=(("important", "pwysig"), ("warning", "rhybudd")),
        table_as_rows="Tabl, rhesi: {rows}, colofnau:",
        # ffoniwch "phone", ffonio "phoning"; ar "on", neu "or"
        call_words=("ffoniwch", "ffonio"),
        call_links=("ar", "neu", "nhs"),
        call_alternatives=("neu",),
        # ddim and dim "not" / "no", peidiwch, paid and peidio "do not", ni, nid, nad, na and
        # nac "not" / "nor" ("Ni ddylech yrru", you should not drive), byth "never", heb "without"
        negations=(
            "ddim", "dim", "peidiwch", "paid", "peidio", "ni", "nid", "nad", "na", "nac", "byth",
            "heb",
        ),
        negations_opening_only=("ni", "nid", "na", "nac", "heb"),
        # peidiwch â "do not" (a verb-noun after it, mutated as â mutates it: "thynnu'r
        # dresin"), "peidiwch ag" before a vowel ("Peidiwch â:" over "yfed alcohol" is
        # "Peidiwch ag yfed alcohol"): an item starting with w (a vowel or not) keeps its
        # words, the lead-in kept over the list and the item flagged. A bare "Peidiwch:" is no
        # lead-in here: which of â or ag, and its mutation, is unsure
        ban_lead_ins=(
            ("peidiwch â", "Peidiwch â", "Peidiwch ag"), ("peidiwch ag", "", "Peidiwch ag"),
        ),
        # â mutates c, p, t to ch, ph, th ("Peidiwch â chodi", "â phoeni", "â thynnu")
        ban_mutations=(("c", "ch"), ("p", "ph"), ("t", "th")),
        # cyfeirnod "reference", rhif y daflen "leaflet number", fersiwn "version", dyddiad
        # adolygu "review date", (dyddiad) adolygu nesaf "next review (date)", adolygu
        # "review" (a bilingual footer's "Review / Adolygu: 03/2028"; a date must follow it),
        # dyddiad cyhoeddi "date of publication"
        detail_labels=(
            ("number", "cyfeirnod"), ("number", "rhif y daflen"), ("version", "fersiwn"),
            ("next_review", "dyddiad adolygu nesaf"), ("next_review", "dyddiad adolygu"),
            ("next_review", "adolygu nesaf"), ("next_review", "adolygu"),
            ("issued", "dyddiad cyhoeddi"),
        ),
        month_names=tuple((name, number) for number, name in enumerate((
            "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst",
            "medi", "hydref", "tachwedd", "rhagfyr",
        ), start=1)),
        # "information for patients", "... and carers", "patient information"
        audience_lines=(
            "gwybodaeth i gleifion", "gwybodaeth i gleifion a gofalwyr",
            "gwybodaeth i gleifion a'u gofalwyr",
            "gwybodaeth i gleifion a’u gofalwyr", "gwybodaeth i'r claf", "gwybodaeth i’r claf",
            "gwybodaeth i rieni", "gwybodaeth i rieni a gofalwyr",
        ),
        # adran "department", uned "unit", clinig "clinic", gwasanaeth(au) "service(s)" (each
        # opening the name: "Adran Ffisiotherapi", "Uned Llawdriniaeth Ddydd")
        department_words=("adran", "uned", "clinig", "gwasanaeth", "gwasanaethau"),
        # y rhif hwn "this number", y rhifau hyn "these numbers", y wybodaeth hon "this
        # information", y cyngor hwn "this advice", y cyfarwyddiadau hyn "these instructions",
        # y manylion hyn "these details", isod "below" ("gweler isod", "see below"), y
        # canlynol "the following"
        pointing_words=(
            "y rhif hwn", "y rhifau hyn", "y wybodaeth hon", "y cyngor hwn",
            "y cyfarwyddiadau hyn", "y manylion hyn", "isod", "y canlynol",
        ),
        # sawl "how many", before a noun in the singular, which a number takes too: gwaith
        # "times", eiliad "seconds", munud "minutes", diwrnod "days", awr "hours", wythnos "weeks"
        count_questions=("sawl",),
        count_units=(
            ("gwaith", "time", ""), ("eiliad", "second", ""), ("munud", "minute", ""),
            ("diwrnod", "day", ""), ("awr", "hour", ""), ("wythnos", "week", ""),
        ),
        # copïo "copy" (chopïo, gopïo after â and ei), llungopïo "photocopy", argraffu "print",
        # atgynhyrchu "reproduce"
        file_note_words=(
            *(("about", stem) for stem in (
                "copi", "copï", "chopi", "chopï", "gopi", "gopï", "llungop", "argraff",
                "atgynhyrch",
            )),
            *(("joining", word) for word in (
                "â", "a", "y", "yr", "ei", "hon", "hwn", "dogfen", "ddogfen", "taflen", "daflen",
                "pan", "gaiff", "caiff", "wedi",
            )),
        ),
    ),
)
_BY_CODE = {row.code: row for row in LANGUAGES}

# Welsh boards print a line in Welsh and English side by side ("Pwysig / Important"); the
# halves are told apart by text.reads_as_welsh, so only these two languages' lines are parted.
WELSH = "cy"
WELSH_AND_ENGLISH = frozenset({WELSH, "en"})


def primary_language(tag: str) -> str:
    """ "en-GB" -> "en"."""
    return tag.split("-")[0].lower()


def find_language(tag: str) -> Language | None:
    """The row for a BCP 47 tag ("en-GB" finds English), or None for a language not listed."""
    return _BY_CODE.get(primary_language(tag))


def language(tag: str) -> Language:
    """The row for a BCP 47 tag; a language not listed is named in the error."""
    row = find_language(tag)
    if row is None:
        raise LeafletError(
            f"the pipeline does not know language '{tag}': it writes {', '.join(_BY_CODE)} "
            "(the README's 'Adding a language' says how to add one)"
        )
    return row


@dataclass(frozen=True)
class CountLabel:
    """A count's blank labelled as a question in a language other than English."""

    unit: str  # as fill.COUNT_RANGES names it: "time"
    after: str  # the words written after the number: "بار", "razy dziennie"
    after_one: str  # ... after the number one: "raz dziennie"


def count_label(label: str) -> CountLabel | None:
    """ "کتنی بار" (Urdu, "how many times"), "ile razy dziennie" (Polish, "how many times a
    day"): what a count's blank asks for, by a language's row; None for any other label, an
    English one among them ("seconds" is model.counts_something's)."""
    words = label.rstrip(":").split()
    for row in LANGUAGES:
        if len(words) < 2 or words[0].lower() not in row.count_questions:
            continue
        for word, unit, one in row.count_units:
            if words[1].lower() == word:
                rest = words[2:]
                after, after_one = [words[1], *rest], [one or words[1], *rest]
                return CountLabel(unit, " ".join(after), " ".join(after_one))
    return None


def looks_cut(tag: str, text: str) -> bool:
    """Whether a line seems to have lost its beginning: it opens with a small letter, with
    punctuation that closes something, or with a word its language's row lists as never opening
    such a line. A person must look: the pipeline never writes the missing words."""
    words = text.split()
    if not words:
        return False
    first = words[0]
    row = find_language(tag)
    return (
        first[0].islower()
        or first[0] in ",.;:)]}…"
        or (row is not None and first.strip(",.;:") in row.cut_sentence_openers)
    )


def notice_label(tag: str, kind: str) -> str | None:
    """The word a notice of `kind` ("important", "warning") is labelled with in the language
    ("اہم" in Urdu, "Ważne" in Polish), capitalised; None where its row has none."""
    row = find_language(tag)
    word = next((w for k, w in (row.notice_labels if row else ()) if k == kind), None)
    return word[:1].upper() + word[1:] if word else None


def table_as_rows(tag: str, rows: int) -> str | None:
    """What print says before a table's column headings, in the language; None where its
    row has no words for it."""
    row = find_language(tag)
    return row.table_as_rows.format(rows=rows) if row and row.table_as_rows else None


def is_right_to_left(tag: str) -> bool:
    row = find_language(tag)
    return row is not None and row.right_to_left


# Letters a word opening with is said to start with a vowel (Welsh "â" is "ag" before them).
# Welsh "w" is left out: a vowel or not by the word ("wyth", "wal"), so unsure.
_VOWELS = "aeiouyâêîôûŷáéíóúàèìòùäëïöü"


def ban_lead_in(tag: str, line: str) -> tuple[str, str, str] | None:
    """The language's ban lead-in a line is, its colon ending it ("Nie wolno:", "Peidiwch â:"),
    as its row's ban_lead_ins gives it; None for any other line."""
    row = find_language(tag)
    text = line.strip()
    if row is None or not text.endswith(":"):
        return None
    words = " ".join(text[:-1].split()).lower()
    return next((entry for entry in row.ban_lead_ins if entry[0] == words), None)


def ban_words_for(lead_in: tuple[str, str, str], item: str) -> str:
    """The words an item under the lead-in is said with ("Nie wolno"), "" where it cannot take
    them: Welsh "Peidiwch ag" before a consonant, "Peidiwch â" before a "w" (unsure)."""
    _words, before_consonant, before_vowel = lead_in
    if before_consonant == before_vowel:
        return before_consonant
    first = item[:1].lower()
    if first in "wŵ":
        return ""
    return before_vowel if first in _VOWELS else before_consonant


def ban_said_with(tag: str, lead_in: tuple[str, str, str], item: str) -> str:
    """The item (its first word in small letters, as it goes on from them) said with the
    lead-in's words ("Peidiwch â thynnu'r pwythau" from "tynnu'r pwythau"), its first letters
    mutated as the language's row says those words mutate them; "" where the words cannot go
    before it (ban_words_for)."""
    words = ban_words_for(lead_in, item)
    if not words:
        return ""
    row = find_language(tag)
    first = item
    if row is not None and words == lead_in[1] and words != lead_in[2]:
        already = any(first.startswith(done) for _, done in row.ban_mutations)
        for radical, mutated in () if already else row.ban_mutations:
            if first.startswith(radical):
                first = mutated + first[len(radical):]
                break
    return f"{words} {first}"


def ban_ending_lead_in(tag: str, line: str) -> tuple[tuple[str, str, str], int] | None:
    """The language's ban lead-in of two words or more ending a longer lead-in ("Przez 24
    godziny po sedacji nie wolno:", "For 24 hours you must not:" in Polish), and where in the
    line it starts; None for any other line. A one-word ban is never taken at a line's end: "...
    brzmi nie:" ("... is no:") answers a question."""
    row = find_language(tag)
    text = line.rstrip()
    if row is None or not text.endswith(":"):
        return None
    for entry in row.ban_lead_ins:
        if len(entry[0].split()) < 2:
            continue
        found = re.search(
            r"[\s,;:]\s*(" + r"\s+".join(map(re.escape, entry[0].split())) + r")\s*:$", text,
            re.IGNORECASE,
        )
        if found and re.search(r"\w", text[: found.start()]):
            return entry, found.start(1)
    return None
