#pragma once

#include "exposure/Category.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace scanshield::exposure {

// Where a piece of text burned into a picture was read: the file, the frame (0-based) and the
// box in the image's own pixels (x to the right, y down from the top-left corner).
struct TextBox {
    QString file;
    int frame = 0;
    int x = 0, y = 0, width = 0, height = 0;
    QString text;

    bool operator==(const TextBox&) const = default;
};

// One thing the disc reveals: an attribute with one value, wherever it occurs. The same
// name in 100 files is one finding with 100 files.
struct Finding {
    Category category = Category::FreeText;
    QString attribute;      // "(0010,0010)"; private: "(0009,1010) FICTIONAL MEDICAL 1.0"; files: "file"
    QString standardName;   // "Patient's Name" (the standard's words, for advocates)
    QString plainName;      // "Your name"
    QString explanation;    // why it matters, one sentence
    QString value;          // the value as text (binary values: empty, see valueNote)
    QString valueNote;      // "binary data, 1,024 bytes" and the like
    QString safeHarbor;     // HIPAA Safe Harbor identifier key, empty when none
    bool isUid = false;     // a hidden reference number
    QStringList mentions;   // what of the patient's identity a free text contains: "name", "id", "birth_date"
    QStringList files;      // disc paths, sorted, unique
    QStringList where;      // nesting inside the file: "Request Attributes Sequence > Requested Procedure ID"
    int occurrences = 0;    // every place counted, across files and nesting
    QList<TextBox> boxes;   // text burned into pictures: every place it was read, across files
};

// How alarming a category is for the person, as a traffic light.
enum class Level { Green, Amber, Red };
QString levelKey(Level level);

struct CategorySummary {
    int findings = 0;          // everything but the hidden reference numbers
    int referenceNumbers = 0;  // distinct UIDs: they link files and records but show nothing
    int occurrences = 0;
    Level level = Level::Green;
};

// "Your name appears in 214 places in 3 forms."
struct NameSummary {
    int places = 0;
    QStringList forms;
};

struct ExposureReport {
    QList<Finding> findings;               // grouped, ordered by category then attribute
    QMap<Category, CategorySummary> categories;
    NameSummary name;
    int filesExamined = 0;
    QStringList filesNotExamined;          // could not be read (already listed as problems by the scan)
    bool cancelled = false;

    // Text burned into the pictures (see BurnedInText.h for which images are read and how).
    int imagesConsidered = 0;         // images looked at for burned-in text
    int imagesFlaggedByDetector = 0;  // CT, MR, X-ray... in which the quick look saw text
    int imagesSentToOcr = 0;          // images read with OCR
    QString burnedInNote;             // why burned-in text could not be (fully) checked; empty when it was
};

} // namespace scanshield::exposure
