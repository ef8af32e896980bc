#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class DcmItem;

namespace scanshield::exposure {

// One element met while walking a dataset, with its value as text where it is text.
struct VisitedElement {
    quint32 tag = 0;
    QString vr;                 // "PN", "SQ", "OB"...
    QString name;               // the dictionary's name ("Patient's Name"); "Private data" when unknown
    QString privateCreator;     // for private elements: who owns the block ("SIEMENS CSA HEADER")
    bool isPrivateCreator = false; // the (gggg,00xx) element that names a private block
    bool isSequence = false;
    bool isText = false;        // value holds the element's text (decoded to Unicode)
    QString value;
    qint64 length = 0;          // bytes of the value as stored
    QStringList path;           // the sequences around it, outermost first ("Request Attributes Sequence")
};

using ElementVisitor = std::function<void(const VisitedElement&)>;

// Visits every element of a dataset, nested sequences at any depth included, private elements
// named by their private creator. Pixel data is never read. Text is decoded with the
// SpecificCharacterSet in force (an item may declare its own).
void walkDataset(DcmItem& dataset, const ElementVisitor& visit);

} // namespace scanshield::exposure
