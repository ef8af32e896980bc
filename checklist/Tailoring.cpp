#include "checklist/Tailoring.h"

#include <QCoreApplication>
#include <QSet>

namespace scanshield::checklist {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "Tailoring" (docs/ARCHITECTURE.md, "Translations").
class TailoringText {
    Q_DECLARE_TR_FUNCTIONS(Tailoring)
};

// The order in which concerns lead: the face, then text in the pictures, then vendor data.
const QStringList kConcernOrder = {QStringLiteral("face"), QStringLiteral("burned_in"), QStringLiteral("private")};

QString reasonFor(const QString& concern, const DiscConcerns& concerns)
{
    if (concern == QLatin1String("face"))
        return TailoringText::tr("Your %1 shows your face.").arg(concerns.faceScan);
    if (concern == QLatin1String("burned_in"))
        return concerns.textNamesPatient
                   ? TailoringText::tr("Your details are written into %n picture(s) on your disc.", nullptr,
                                       concerns.picturesWithText)
                   : TailoringText::tr("Text is written into %n picture(s) on your disc.", nullptr,
                                       concerns.picturesWithText);
    if (concern == QLatin1String("private"))
        return TailoringText::tr("The scanner maker's hidden data on your disc holds your details.");
    return QString();
}

bool hasConcern(const QString& concern, const DiscConcerns& concerns)
{
    if (concern == QLatin1String("face"))
        return concerns.face;
    if (concern == QLatin1String("burned_in"))
        return concerns.picturesWithText > 0;
    if (concern == QLatin1String("private"))
        return concerns.privateData;
    return false;
}

} // namespace

DiscConcerns concernsOf(const exposure::ExposureReport& report)
{
    DiscConcerns concerns;
    QSet<QString> picturesWithText;
    for (const exposure::Finding& f : report.findings) {
        switch (f.category) {
        case exposure::Category::Face:
            // A red face finding is a head volume (safeHarbor "face_photo"); amber ones may
            // not show a face at all.
            if (f.safeHarbor == QLatin1String("face_photo") && !concerns.face) {
                concerns.face = true;
                concerns.faceScan = f.standardName.contains(QLatin1String("MR")) ? TailoringText::tr("MRI")
                                    : f.standardName.contains(QLatin1String("CT")) ? TailoringText::tr("CT scan")
                                                                                    : TailoringText::tr("scan");
            }
            break;
        case exposure::Category::BurnedIn:
            for (const exposure::TextBox& box : f.boxes)
                picturesWithText.insert(box.file);
            concerns.textNamesPatient = concerns.textNamesPatient || !f.mentions.isEmpty();
            break;
        case exposure::Category::Private:
            concerns.privateData = concerns.privateData || !f.mentions.isEmpty() || !f.safeHarbor.isEmpty();
            break;
        default:
            break;
        }
    }
    concerns.picturesWithText = int(picturesWithText.size());
    return concerns;
}

QList<AskedArea> tailoredAreas(const QuestionBank& bank, const DiscConcerns& concerns)
{
    AskedArea first;
    first.id = QStringLiteral("your_disc");
    first.title = TailoringText::tr("Because of what is on your disc");
    first.why = TailoringText::tr("ScanShield looked through your disc. These questions matter most for you.");
    QSet<QString> movedFirst;
    for (const QString& concern : kConcernOrder) {
        if (!hasConcern(concern, concerns))
            continue;
        for (const QuestionArea& area : bank.areas())
            for (const Question& question : area.questions)
                if (question.when.contains(concern) && !movedFirst.contains(question.id)) {
                    first.questions.append({question, reasonFor(concern, concerns)});
                    movedFirst.insert(question.id);
                }
    }
    QList<AskedArea> areas;
    if (!first.questions.isEmpty())
        areas.append(first);
    for (const QuestionArea& area : bank.areas()) {
        AskedArea asked{area.id, area.title, area.why, {}};
        for (const Question& question : area.questions)
            if (!movedFirst.contains(question.id))
                asked.questions.append({question, QString()});
        if (!asked.questions.isEmpty())
            areas.append(asked);
    }
    return areas;
}

} // namespace scanshield::checklist
