#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace scanshield::checklist {

// One kind of phrase a consent form may hold ("Third parties", "Research"...), with why it
// matters in the current language and the bank's questions to ask about it.
struct PhraseKind {
    QString id;               // stable: "third_parties"
    QString name;             // "Third parties"
    QString why;
    QString colour;           // "#ffe08a": a light background for the highlight, under black text
    QStringList questionIds;  // ids of resources/checklist/questions.json, the first most useful
    QList<QRegularExpression> patterns;
};

// One place in a form's text where a phrase of a kind was found.
struct PhraseMatch {
    QString kindId;
    int start = 0;   // in the searched text, in QString (UTF-16) units
    int length = 0;
    QString words;   // the text as the form writes it: text.mid(start, length)
    int page = 0;    // 1-based page of a PDF; 0 for pasted text

    bool operator==(const PhraseMatch&) const = default;
};

// The phrases ScanShield looks for in a consent form: data (resources/checklist/
// consent_phrases.json, embedded), not code, so the list can grow without touching the
// program. The patterns are English; the names and explanations are shown through Qt's
// translation system (context "ConsentPhrases").
class ConsentPhrases {
public:
    // The catalogue embedded in the application, in the current language.
    static ConsentPhrases embedded();
    // From a JSON document shaped like consent_phrases.json; isValid() false with error() when
    // a kind lacks its words, its questions or its patterns, or a pattern is not valid.
    static ConsentPhrases fromJson(const QByteArray& json);

    bool isValid() const { return m_error.isEmpty() && !m_kinds.isEmpty(); }
    QString error() const { return m_error; }
    const QList<PhraseKind>& kinds() const { return m_kinds; }
    const PhraseKind* kind(const QString& kindId) const;

    // Every place in `text` where a phrase is found, in the order of the text. Each character
    // belongs to at most one place, so a highlight never covers another: overlapping phrases
    // of one kind make one place ("stored for" and "for 7 years": "stored for 7 years"); of
    // two kinds, the one starting first wins, and of two starting together the longer
    // ("parent company" over "company"). pageStarts: where each page of a PDF begins in
    // `text` (ascending, the first 0); each place gets its page. Empty for pasted text (page 0).
    QList<PhraseMatch> find(const QString& text, const QList<int>& pageStarts = {}) const;

private:
    QList<PhraseKind> m_kinds;
    QString m_error;
};

// A form's text as ScanShield searches and shows it: line ends made "\n", the marks QtPdf
// gives for a hyphen at the end of a line made "-" again, and other control characters than
// tab and line breaks dropped, so that a position in it is the same position in the
// QTextDocument that shows it.
QString normalizedFormText(const QString& text);

} // namespace scanshield::checklist
