#pragma once

#include "checklist/Tailoring.h"

#include <QHash>
#include <QString>

namespace scanshield::checklist {

// What the person noted for one question.
struct NotedAnswer {
    bool asked = false;
    QString answer;
    QString note;
};

struct SheetOptions {
    bool largePrint = false;
    QString appointment; // "Dr Weber, MRI of the head, 3 December": printed at the top when set
    // Answers by question id: a question answered is printed with its answer; the others,
    // and every question of a blank sheet, with lines to write on.
    QHash<QString, NotedAnswer> answers;
};

// The question sheet to take to an appointment, as HTML for QTextDocument (the subset it
// renders), written to PDF by report/PdfDocument (QPdfWriter) and shown in the app with
// QtPdf. In the current language.
QString questionSheetTitle();
QString questionSheetHtml(const QList<AskedArea>& areas, const SheetOptions& options);

} // namespace scanshield::checklist
