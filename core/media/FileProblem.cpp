#include "media/FileProblem.h"

#include <QCoreApplication>

namespace scanshield::media {

QString problemKindName(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::NotDicom: return QStringLiteral("not_dicom");
    case ProblemKind::Empty: return QStringLiteral("empty");
    case ProblemKind::CutShort: return QStringLiteral("cut_short");
    case ProblemKind::Damaged: return QStringLiteral("damaged");
    case ProblemKind::Unreadable: return QStringLiteral("unreadable");
    case ProblemKind::MissingFromDisc: return QStringLiteral("missing");
    case ProblemKind::Unsupported: return QStringLiteral("unsupported");
    }
    return QStringLiteral("damaged");
}

QString problemKindSentence(ProblemKind kind)
{
    const char* text = "";
    switch (kind) {
    case ProblemKind::NotDicom:
        text = QT_TRANSLATE_NOOP("FileProblem", "This is not a medical image.");
        break;
    case ProblemKind::Empty:
        text = QT_TRANSLATE_NOOP("FileProblem", "This file is empty.");
        break;
    case ProblemKind::CutShort:
        text = QT_TRANSLATE_NOOP("FileProblem",
                                 "This file is cut short: part of it is missing, so the disc "
                                 "may be damaged or the copy incomplete.");
        break;
    case ProblemKind::Damaged:
        text = QT_TRANSLATE_NOOP("FileProblem",
                                 "This file looks like a medical image but its contents are "
                                 "damaged and cannot be read.");
        break;
    case ProblemKind::Unreadable:
        text = QT_TRANSLATE_NOOP("FileProblem",
                                 "This file could not be read from the disc. The disc may be "
                                 "scratched, or it was removed while it was being read.");
        break;
    case ProblemKind::MissingFromDisc:
        text = QT_TRANSLATE_NOOP("FileProblem",
                                 "The disc's table of contents lists this file, but the file "
                                 "is not on the disc.");
        break;
    case ProblemKind::Unsupported:
        text = QT_TRANSLATE_NOOP("FileProblem",
                                 "This medical image is stored in a way ScanShield cannot read.");
        break;
    }
    return QCoreApplication::translate("FileProblem", text);
}

FileProblem makeProblem(const QString& path, ProblemKind kind, const QString& reason,
                        const QString& detail)
{
    return FileProblem{path, kind, reason.isEmpty() ? problemKindSentence(kind) : reason, detail};
}

} // namespace scanshield::media
