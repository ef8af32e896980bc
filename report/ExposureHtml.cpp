#include "report/ExposureHtml.h"

#include "exposure/AttributeCatalogue.h"
#include "media/PlainWords.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QHash>
#include <QSet>

namespace scanshield::report {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "ExposureReport" (docs/ARCHITECTURE.md, "Translations").
class ExposureReportText {
    Q_DECLARE_TR_FUNCTIONS(ExposureReport)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Colour and words together: the level must read in black and white and for colour blindness.
QString levelCell(exposure::Level level)
{
    switch (level) {
    case exposure::Level::Red:
        return QStringLiteral("<td style=\"background-color:#f8d7da;\"><b>%1</b></td>").arg(esc(ExposureReportText::tr("Identifies you")));
    case exposure::Level::Amber:
        return QStringLiteral("<td style=\"background-color:#fff3cd;\"><b>%1</b></td>").arg(esc(ExposureReportText::tr("Could help identify you")));
    case exposure::Level::Green:
        return QStringLiteral("<td style=\"background-color:#d4edda;\">%1</td>").arg(esc(ExposureReportText::tr("Nothing found")));
    }
    return {};
}

QString discSummary(const media::DiscIndex& index)
{
    int pictures = 0;
    for (const media::PatientEntry& p : index.patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                pictures += r.frameCount();
    return ExposureReportText::tr("The disc holds %1 files: %2 visits, %3 series, %4 pictures.")
        .arg(index.filesTotal).arg(index.studiesTotal()).arg(index.seriesTotal()).arg(pictures);
}

// One row per kind of item (all values of "Your name" together), so that a printout lists
// what is revealed rather than every spelling of it.
struct Row {
    QString what;
    QString explanation;
    QStringList values;
    QStringList notes;
    QSet<QString> files;
    bool mentions = false;
};

QString rowValue(const Row& row, const ReportOptions& options)
{
    if (row.values.isEmpty())
        return row.notes.value(0);
    if (!options.showValues)
        return ExposureReportText::tr("%1 (hidden)").arg(row.values.size() == 1 ? ExposureReportText::tr("1 value") : ExposureReportText::tr("%1 different values").arg(row.values.size()));
    QStringList shown = row.values.mid(0, 3);
    if (row.values.size() > 3)
        shown.append(ExposureReportText::tr("and %1 more").arg(row.values.size() - 3));
    return shown.join(QStringLiteral("; "));
}

QString categorySection(const exposure::ExposureReport& report, exposure::Category category, const ReportOptions& options)
{
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    QList<Row> rows;
    QHash<QString, int> rowOf;
    Row references{ExposureReportText::tr("Hidden reference numbers"), ExposureReportText::tr("They link your files to each other and to the hospital's records."), {}, {}, {}, false};
    for (const exposure::Finding& f : report.findings) {
        if (f.category != category)
            continue;
        Row* row = &references;
        if (!f.isUid) {
            auto it = rowOf.constFind(f.plainName);
            if (it == rowOf.constEnd()) {
                it = rowOf.insert(f.plainName, int(rows.size()));
                rows.append(Row{f.plainName, f.explanation, {}, {}, {}, false});
            }
            row = &rows[*it];
        }
        if (!f.value.isEmpty() && !row->values.contains(f.value))
            row->values.append(f.value);
        if (f.value.isEmpty() && !f.valueNote.isEmpty() && !row->notes.contains(f.valueNote))
            row->notes.append(f.valueNote);
        row->files.unite(QSet<QString>(f.files.begin(), f.files.end()));
        row->mentions = row->mentions || !f.mentions.isEmpty();
    }
    if (!references.values.isEmpty())
        rows.append(references);

    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(catalogue.categoryTitle(category)), esc(catalogue.categoryExplanation(category)));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += QStringLiteral("<tr><th align=\"left\" width=\"26%\">%1</th><th align=\"left\" width=\"20%\">%2</th>"
                           "<th align=\"left\" width=\"14%\">%3</th><th align=\"left\">%4</th></tr>")
                .arg(esc(ExposureReportText::tr("What")), esc(ExposureReportText::tr("Value")), esc(ExposureReportText::tr("Where")), esc(ExposureReportText::tr("Why it matters")));
    for (const Row& row : rows) {
        const QString what = row.mentions ? ExposureReportText::tr("%1 (mentions you)").arg(row.what) : row.what;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(what), esc(rowValue(row, options)), esc(ExposureReportText::tr("in %n file(s)", nullptr, int(row.files.size()))), esc(row.explanation));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

QString exposureReportTitle()
{
    return ExposureReportText::tr("What your imaging disc reveals about you");
}

QString exposureReportHtml(const exposure::ExposureReport& report, const media::DiscIndex& index, const ReportOptions& options)
{
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    const int basePoints = options.largePrint ? 15 : 10;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: %1pt;\">").arg(basePoints);
    html += QStringLiteral("<h1>%1</h1>").arg(esc(exposureReportTitle()));
    html += QStringLiteral("<p>%1 %2</p>").arg(esc(ExposureReportText::tr("Made by ScanShield on %1.").arg(QLocale().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")))),
                                              esc(discSummary(index)));
    if (!report.name.forms.isEmpty())
        html += QStringLiteral("<p style=\"font-size: %1pt;\"><b>%2</b></p>")
                    .arg(basePoints + 4)
                    .arg(esc(ExposureReportText::tr("Your name appears in %1 places on this disc, written %2 different ways.")
                                 .arg(report.name.places).arg(report.name.forms.size())));
    html += QStringLiteral("<p>%1</p>").arg(esc(ExposureReportText::tr("Anyone who gets a copy of this disc can read everything below. "
                                                                       "ScanShield can make a copy without it, on your own computer.")));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(ExposureReportText::tr("At a glance")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(esc(ExposureReportText::tr("Kind of information")), esc(ExposureReportText::tr("Level")), esc(ExposureReportText::tr("Items found")));
    for (exposure::Category category : exposure::kAllCategories) {
        const exposure::CategorySummary summary = report.categories.value(category);
        QString count = QString::number(summary.findings);
        if (summary.referenceNumbers > 0)
            count += QLatin1Char(' ') + ExposureReportText::tr("and %1 reference numbers").arg(summary.referenceNumbers);
        html += QStringLiteral("<tr><td>%1</td>%2<td>%3</td></tr>").arg(esc(catalogue.categoryTitle(category)), levelCell(summary.level), esc(count));
    }
    html += QStringLiteral("</table>");
    // Never let a clean-looking row stand for pictures that could not be read.
    if (!report.burnedInNote.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(report.burnedInNote));
    if (!options.showValues)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(ExposureReportText::tr("The values themselves are hidden in this printout, so that it can be left on a desk safely.")));

    for (exposure::Category category : exposure::kAllCategories) {
        const exposure::CategorySummary summary = report.categories.value(category);
        if (summary.findings + summary.referenceNumbers > 0)
            html += categorySection(report, category, options);
    }
    html += QStringLiteral("<hr/><p>%1</p>").arg(esc(ExposureReportText::tr("ScanShield made this report on your computer. Nothing was sent anywhere.")));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace scanshield::report
