#pragma once

namespace scanshield::exposure {

class AttributeCatalogue;
class ElementTally;
class FindingCollector;
class IdentityTokens;

// The second half of the exposure report's header part: once the whole disc has been read,
// each distinct value the tally kept is decoded once, named and explained in plain words,
// and added to `collector` with its files and places.
//
// Call learnIdentifiers() first: names and IDs met anywhere (another patient ID, a name
// inside a sequence) are added to `tokens`, so free text anywhere on the disc is checked
// against all of them, whichever file came first. Free text that mentions none is not a
// finding.
void learnIdentifiers(const ElementTally& tally, const AttributeCatalogue& catalogue, IdentityTokens& tokens);
// Only reads `tokens`, so other threads may read them meanwhile.
void addTallyFindings(const ElementTally& tally, const AttributeCatalogue& catalogue, const IdentityTokens& tokens,
                      FindingCollector& collector);

} // namespace scanshield::exposure
