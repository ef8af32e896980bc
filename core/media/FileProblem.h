#pragma once

#include <QString>

namespace scanshield::media {

// Why a file on the disc is not in the index. Each kind has a sentence a person understands
// (see FileProblem.cpp); the kind itself is stable and goes into the JSON for tools.
enum class ProblemKind {
    NotDicom,         // a document, program, web page or picture: not a medical image
    Empty,            // zero bytes
    CutShort,         // the file ends before its content does
    Damaged,          // looks like DICOM but its structure does not hold together
    Unreadable,       // the operating system could not read it (bad sector, permissions)
    MissingFromDisc,  // the disc's table of contents names it but it is not there
    Unsupported,      // valid but in an encoding ScanShield cannot read
};

struct FileProblem {
    QString path;     // relative to the disc root, '/' separated
    ProblemKind kind = ProblemKind::Damaged;
    QString reason;   // plain words for a person
    QString detail;   // technical detail for an advocate (may be empty)
};

// Stable machine name of a kind, e.g. "cut_short".
QString problemKindName(ProblemKind kind);
// A default sentence for the kind, used when no more specific reason is known.
QString problemKindSentence(ProblemKind kind);

FileProblem makeProblem(const QString& path, ProblemKind kind, const QString& reason = {},
                        const QString& detail = {});

} // namespace scanshield::media
