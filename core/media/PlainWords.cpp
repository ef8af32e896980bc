#include "media/PlainWords.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace scanshield::media {

QString seriesInWords(const QString& modality, const QString& description)
{
    const QString what = modalityInWords(modality);
    return description.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, description);
}

QString modalityInWords(const QString& modality)
{
    struct Entry { const char* code; const char* words; };
    static const Entry kEntries[] = {
        {"CT", QT_TRANSLATE_NOOP("Modality", "CT scan")},
        {"MR", QT_TRANSLATE_NOOP("Modality", "MRI scan")},
        {"US", QT_TRANSLATE_NOOP("Modality", "Ultrasound")},
        {"CR", QT_TRANSLATE_NOOP("Modality", "X-ray")},
        {"DX", QT_TRANSLATE_NOOP("Modality", "X-ray")},
        {"RF", QT_TRANSLATE_NOOP("Modality", "X-ray video")},
        {"XA", QT_TRANSLATE_NOOP("Modality", "X-ray video of blood vessels")},
        {"MG", QT_TRANSLATE_NOOP("Modality", "Mammogram")},
        {"PT", QT_TRANSLATE_NOOP("Modality", "PET scan")},
        {"NM", QT_TRANSLATE_NOOP("Modality", "Nuclear medicine scan")},
        {"SR", QT_TRANSLATE_NOOP("Modality", "Written report")},
        {"DOC", QT_TRANSLATE_NOOP("Modality", "Document")},
        {"OT", QT_TRANSLATE_NOOP("Modality", "Other picture")},
        {"SC", QT_TRANSLATE_NOOP("Modality", "Screen capture")},
        {"KO", QT_TRANSLATE_NOOP("Modality", "Marked key images")},
        {"PR", QT_TRANSLATE_NOOP("Modality", "Display settings")},
        {"SEG", QT_TRANSLATE_NOOP("Modality", "Outlined regions")},
        {"RTSTRUCT", QT_TRANSLATE_NOOP("Modality", "Radiotherapy outlines")},
        {"RTPLAN", QT_TRANSLATE_NOOP("Modality", "Radiotherapy plan")},
        {"RTDOSE", QT_TRANSLATE_NOOP("Modality", "Radiotherapy dose")},
        {"IO", QT_TRANSLATE_NOOP("Modality", "Dental X-ray")},
        {"PX", QT_TRANSLATE_NOOP("Modality", "Dental panoramic X-ray")},
        {"ES", QT_TRANSLATE_NOOP("Modality", "Endoscopy picture")},
        {"XC", QT_TRANSLATE_NOOP("Modality", "Photograph")},
        {"OP", QT_TRANSLATE_NOOP("Modality", "Eye photograph")},
    };
    for (const Entry& e : kEntries)
        if (modality == QLatin1String(e.code))
            return QCoreApplication::translate("Modality", e.words);
    return modality.isEmpty() ? QCoreApplication::translate("Modality", "Unknown kind of image") : modality;
}

QString dicomDateInWords(const QString& dicomDate)
{
    const QDate date = QDate::fromString(dicomDate.left(8), QStringLiteral("yyyyMMdd"));
    // Day, month name and year: unambiguous in every language, unlike 03/12/2025.
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : dicomDate;
}

} // namespace scanshield::media
