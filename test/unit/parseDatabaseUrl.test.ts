import { DatabaseUrlError, DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../../src/db/parseDatabaseUrl'

describe('parseDatabaseUrl', () => {
  it('defaults to the SQLite file ./data/portail.db when unset or blank', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'sqlite', url: DEFAULT_DATABASE_URL, filePath: './data/portail.db' })
    expect(parseDatabaseUrl('   ')).toMatchObject({ kind: 'sqlite', filePath: './data/portail.db' })
  })

  it('selects SQLite for file: URLs, including absolute paths and memory', () => {
    expect(parseDatabaseUrl('file:/tmp/x.db')).toMatchObject({ kind: 'sqlite', filePath: '/tmp/x.db' })
    expect(parseDatabaseUrl('file:::memory:')).toMatchObject({ kind: 'sqlite' })
    expect(parseDatabaseUrl('file::memory:')).toMatchObject({ kind: 'sqlite', filePath: null })
  })

  it('selects MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(parseDatabaseUrl('mongodb://127.0.0.1:27017/portail')).toEqual({ kind: 'mongodb', url: 'mongodb://127.0.0.1:27017/portail' })
    expect(parseDatabaseUrl('mongodb+srv://u:p@cluster.example.net/portail')).toMatchObject({ kind: 'mongodb' })
  })

  it.each(['postgres://localhost/portail', 'mysql://x', 'portail.db', 'mongodb://', 'http://example.org'])(
    'refuses %s with one clear line naming the accepted forms',
    (value) => {
      expect(() => parseDatabaseUrl(value)).toThrow(DatabaseUrlError)
      try {
        parseDatabaseUrl(value)
      } catch (error) {
        const message = (error as Error).message
        expect(message.split('\n')).toHaveLength(1)
        expect(message).toContain('file:')
        expect(message).toContain('mongodb://')
      }
    },
  )

  it('never echoes credentials of a refused URL', () => {
    try {
      parseDatabaseUrl('postgres://admin:s3cret@db.example.org/portail')
      throw new Error('should have thrown')
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cret')
    }
  })
})
