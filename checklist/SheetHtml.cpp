#include "checklist/SheetHtml.h"

#include <QCoreApplication>

namespace scanshield::checklist {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "QuestionSheet" (docs/ARCHITECTURE.md, "Translations").
class QuestionSheetText {
    Q_DECLARE_TR_FUNCTIONS(QuestionSheet)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// Room to write by hand: ruled lines, each a line's height of space over a rule the width of
// the page (underscores wrapped in large print and left a stub on a new line).
QString writingLines(int points, int lines)
{
    return QStringLiteral("<p style=\"font-size: %1pt;\">&nbsp;</p><hr/>").arg(points).repeated(lines);
}

QString questionHtml(const AskedQuestion& asked, const SheetOptions& options, int basePoints)
{
    const Question& q = asked.question;
    const auto answer = options.answers.constFind(q.id);
    const bool noted = answer != options.answers.constEnd() && (answer->asked || !answer->answer.isEmpty() || !answer->note.isEmpty());
    // A box to tick at the appointment, already ticked for a question noted as asked.
    const QString box = noted && answer->asked ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;");
    QString html = QStringLiteral("<p style=\"margin-top: %1pt;\"><b>%2 %3</b></p>").arg(basePoints).arg(box, escaped(q.text));
    if (!asked.becauseOfYourDisc.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(asked.becauseOfYourDisc));
    html += QStringLiteral("<p style=\"color: #333333;\">%1</p>").arg(escaped(q.why));
    if (!q.source.isEmpty())
        html += QStringLiteral("<p style=\"font-size: %1pt; color: #555555;\">%2</p>")
                    .arg(basePoints - 2)
                    .arg(escaped(QuestionSheetText::tr("Source: %1").arg(q.source)));
    if (noted) {
        html += QStringLiteral("<p>%1 %2</p>").arg(escaped(QuestionSheetText::tr("Asked:")), answer->asked ? escaped(QuestionSheetText::tr("yes")) : escaped(QuestionSheetText::tr("not yet")));
        if (!answer->answer.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>").arg(escaped(QuestionSheetText::tr("The answer:")), escaped(answer->answer));
        if (!answer->note.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>").arg(escaped(QuestionSheetText::tr("My note:")), escaped(answer->note));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(escaped(QuestionSheetText::tr("The answer:"))) + writingLines(basePoints, 2);
    }
    return html;
}

} // namespace

QString questionSheetTitle()
{
    return QuestionSheetText::tr("Questions to ask about my images");
}

QString questionSheetHtml(const QList<AskedArea>& areas, const SheetOptions& options)
{
    // Large print: the 16-point size reading guidance recommends, headings larger still.
    const int basePoints = options.largePrint ? 16 : 11;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: %1pt;\">").arg(basePoints);
    html += QStringLiteral("<p style=\"font-size: %1pt;\"><b>%2</b></p>").arg(basePoints + 8).arg(escaped(questionSheetTitle()));
    html += QStringLiteral("<p>%1</p>").arg(escaped(
        QuestionSheetText::tr("Take this sheet to your appointment. Tick each question when you have asked it, and write down the answer.")));
    if (!options.appointment.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(QuestionSheetText::tr("Appointment:")), escaped(options.appointment));
    else
        html += QStringLiteral("<p>%1</p>").arg(escaped(QuestionSheetText::tr("Appointment (who, where, when):"))) + writingLines(basePoints, 1);
    for (const AskedArea& area : areas) {
        html += QStringLiteral("<p style=\"font-size: %1pt; margin-top: %2pt;\"><b>%3</b></p>")
                    .arg(basePoints + 4)
                    .arg(basePoints * 2)
                    .arg(escaped(area.title));
        html += QStringLiteral("<p>%1</p>").arg(escaped(area.why));
        for (const AskedQuestion& question : area.questions)
            html += questionHtml(question, options, basePoints);
    }
    html += QStringLiteral("<p style=\"font-size: %1pt; color: #555555; margin-top: %2pt;\">%3</p>")
                .arg(basePoints - 2)
                .arg(basePoints * 2)
                .arg(escaped(QuestionSheetText::tr("Made with ScanShield on your own computer. Nothing was sent anywhere.")));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace scanshield::checklist
