namespace Site.Tests.Languages;

/// <summary>
/// A third language's rules as a translator would write them (theme/languages/es.yml), for the tests
/// that add Spanish by data alone. Spanish as the RAE's Ortografía (2010) writes it: a decimal comma;
/// digits grouped by threes with a narrow no-break space only from five digits on (1234,5 but
/// 12 500); a space before %; symbols after the amount; « » without inner spaces; "1 de junio de 2026";
/// "1.er", "3.er", "2.º"; de + el contracted into del.
/// </summary>
public static class SpanishRules
{
    public const string Yaml = """
        name: Español
        english_name: Spanish
        citation_language: es-ES
        bibtex_language: spanish

        numbers:
          decimal: ","
          group: "\u202F"
          group_from_digits: 5
          minus: "−"
          percent: "\u00A0%"

        typography:
          colon: ": "
          list_separator: "; "
          open_quote: "«"
          close_quote: "»"

        dates:
          months: [enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre]
          month_year: "{month} de {year}"
          day_month_year: "{day} de {month} de {year}"
          first_day: "1"

        ordinals:
          exact: { "1": "{n}.er", "3": "{n}.er" }
          ending: {}
          other: "{n}.º"

        values:
          about: "aproximadamente "
          at_least: "al menos "
          more_than: "más de "
          under: "menos de "
          or_more: " o más"
          not_applicable: n/a
          about_first: false
          range_in_prose: " a "
          plural_from: above_one
          cells_spell_qualifiers: true
          cell: { about: "aprox. ", or_more: " o más", more_than: "más de ", under: "menos de " }
          screen_readers: { about: "aproximadamente ", or_more: " o más", more_than: "más de ", under: "menos de " }

        scales:
          - { one: mil, many: mil, header: miles, short: k, joiner: " " }
          - { one: millón, many: millones, header: millones, short: M, joiner: " de " }
          - { one: mil millones, many: mil millones, header: miles de millones, short: MM, joiner: " de " }

        quantities:
          scaled: "{number}\u00A0{scale}"
          scaled_with_unit: "{number}\u00A0{scale}{joiner}{unit}"
          header_with_unit: "{header} de {unit}"

        money:
          plain: "{number}\u00A0{symbol}"
          scaled: "{number}\u00A0{scale}{joiner}{name}"
          compact: ""
          short: "{number}\u00A0{short}\u00A0{symbol}"
          header: "{symbol}"
          header_scaled: "{header} de {name}"
          cell: "{number}\u00A0{scale}\u00A0{symbol}"
          not_stated: "(moneda no indicada)"
          currency_field: moneda
          currencies:
            USD: { symbol: US$, name: dólares estadounidenses }
            CAD: { symbol: CA$, name: dólares canadienses }
            GBP: { symbol: "£", name: libras esterlinas }
            EUR: { symbol: "€", name: euros }
          other_currency: { symbol: "{code}", name: "{code}" }

        elision:
          words: []
          vowels: ""

        of_name:
          prefix: "de "
          contractions: { "el ": "del " }

        generated:
          source: Fuente
          sources: Fuentes
          note: Nota
          download: Descargar los datos
          full_table: La tabla completa
          table_updated: Última actualización de la tabla
          checksum: SHA-256 de su archivo de origen
          file: archivo
          card_alt: "Tarjeta para compartir: {0}"
          csv_metadata: Metadatos del CSV (CSVW)
          cite_table: Citar la tabla

        citation:
          form: "{author}, {title}, {site}{date}, {url}"
          period_inside_quotes: false

        charts:
          chart_tab: Gráfico
          table_tab: Tabla
          download_tab: Descargar
          views: Vistas de este gráfico
          download_csv: CSV (hoja de cálculo)
          download_json: JSON (valores tipados)
          download_intro: "Los datos de este gráfico, tal como se publican:"
          no_script: El gráfico interactivo necesita JavaScript; la tabla y el resumen de abajo dan los mismos datos.
          key_label: Cómo leer las marcas
          key_at_least: "al menos: el valor real es este o mayor (la fuente da un mínimo)"
          key_more_than: "más de: el valor real es mayor (la fuente no precisa más)"
          key_under: "menos de: el valor real es menor (la fuente da un máximo)"
          key_range: un intervalo, de su extremo inferior al superior
          axis_unit: ", en {unit}"
          names_need_articles: false
          sentences:
            highest: "{0} ocupa el primer lugar ({1})."
            highest_overlaps: "{0} tiene la cifra más alta ({1}), pero se solapa con la {2} ({3})."
            highest_tied: "{0} y {1} comparten el primer lugar ({2})."
            ranks: "{0} ocupa el {1} lugar de {2} ({3})."
            rank_unclear: "La cifra {0} ({1}) se solapa con otras, así que su puesto es incierto."
            lowest: "{0} ocupa el último lugar ({1})."
            pair_higher: "{0} supera a {1} ({2} frente a {3})."
            pair_overlap: "Las cifras {0} ({1}) y {2} ({3}) se solapan."
            pair_level: "{0} y {1} están empatados ({2})."
            only_one: "Solo {0} tiene un valor ({1})."
            fell: "en descenso: de {0} en {1} a {2} en {3}."
            rose: "en aumento: de {0} en {1} a {2} en {3}."
            changed: "{0} en {1}, {2} en {3}."
            no_value: "Sin valor para {0}."

        embed:
          tab: Insertar
          intro: Para mostrar este gráfico en otro sitio web, pegue este HTML en su página. El marco toma la altura del gráfico.
          code_label: HTML para insertar este gráfico
          copy: Copiar el código
          copied: Copiado.
          path_only: "Esta compilación no conocía la dirección del sitio, así que el marco nombra el gráfico solo por su ruta: anteponga la dirección del sitio antes de pegarlo en otro lugar."
          open: Abrir el gráfico en su propia página
          cite: "Citar este gráfico:"
        """;
}
