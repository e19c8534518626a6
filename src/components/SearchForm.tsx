/** A plain GET form to /recherche: works without JavaScript. */
export function SearchForm({ id, defaultValue, large = false }: { id: string; defaultValue?: string; large?: boolean }) {
  return (
    <form role="search" action="/recherche" method="get" className={large ? 'search search--large' : 'search'}>
      <label htmlFor={id}>Rechercher une démarche ou un imprimé</label>
      <div className="search__row">
        <input id={id} name="q" type="search" defaultValue={defaultValue} autoComplete="off" placeholder="Ex. : acte de naissance" />
        <button type="submit">Rechercher</button>
      </div>
    </form>
  )
}
