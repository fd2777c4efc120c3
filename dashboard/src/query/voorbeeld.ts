// De query waarmee de Query-pagina opent (als de browser nog geen eigen query bewaarde):
// een echte vraag over de silo's heen, met de bronnen erbij.
export const VOORBEELDQUERY = `# Instrumenten van SZW die sterk (score -2
# of lager) tegen een doel in werken, van
# SZW zelf of van een ander ministerie,
# met de bronnen. Uitvoeren: Ctrl+Enter.
{
  analyse {
    tegenwerkendePrikkels(departement: SZW, maxScore: -2) {
      instrument {
        naam
      }
      doel {
        naam
        departement
      }
      indicator
      score
      bronnen {
        titel
        vindplaats
      }
    }
  }
}
`;
