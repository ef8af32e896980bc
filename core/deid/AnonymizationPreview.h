#pragma once

#include <QList>
#include <QString>

class DcmDataset;

namespace scanshield::exposure {
class AttributeCatalogue;
}

namespace scanshield::deid {

class DatasetAnonymizer;

// One attribute of a file, before and after anonymization, for a person to compare.
struct AttributeChange {
    enum class Kind { Removed, Replaced, Emptied, Added, Kept };
    Kind kind = Kind::Kept;
    QString tag;        // "(0010,0010)"
    QString name;       // "Your name" where ScanShield has plain words, else the standard's name
    QString before;     // as a person reads it; "3 items" for a sequence
    QString after;
};

// What anonymizing this file would change, attribute by attribute, without writing anything:
// the dataset is anonymized as a copy in memory. Top-level attributes only (a sequence shows
// as its count of items), the pixel data left out. The changes come first, in tag order
// with the attributes that mark the copy as anonymized last, then the attributes kept.
QList<AttributeChange> previewAnonymization(const DcmDataset& original, const DatasetAnonymizer& anonymizer,
                                            const exposure::AttributeCatalogue& catalogue);

} // namespace scanshield::deid
