#pragma once

#include <QList>
#include <QString>

namespace scanshield::checklist {

// The text of a consent form read from its PDF, page by page, as checklist/ConsentPhrases
// searches it.
struct ConsentFormText {
    QString text;            // every page's text, normalized (normalizedFormText), pages apart by a blank line
    QList<int> pageStarts;   // where each page begins in `text`
    QString problem;         // a sentence for a person when no text could be read; then `text` is empty

    bool ok() const { return problem.isEmpty(); }
    int pageCount() const { return int(pageStarts.size()); }
};

// Reads the text of a PDF with QtPdf. A file that is not a PDF, is damaged, is locked with a
// password, or holds only pictures of pages (a scan) gives a plain sentence saying what to do
// instead, never a crash.
ConsentFormText readConsentFormPdf(const QString& path);

} // namespace scanshield::checklist
