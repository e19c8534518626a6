import type { GlobalConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isContentEditor } from '../../src/access/isContentEditor'
import { internalOrHttpsLink } from '../../src/fields/internalOrHttpsLink'
import { GROUPS } from '../groups'

/** The town's identity and the site's shared content (navigation, home, alert banner). */
export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site et commune',
  admin: { group: GROUPS.settings },
  access: { read: anyone, update: isContentEditor },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Commune',
          fields: [
            { name: 'townName', type: 'text', label: 'Nom de la commune', required: true, defaultValue: 'Ma commune' },
            { name: 'address', type: 'textarea', label: 'Adresse de la mairie' },
            { name: 'phone', type: 'text', label: 'Téléphone' },
            { name: 'openingHours', type: 'textarea', label: "Horaires d'ouverture" },
            { name: 'contactEmail', type: 'email', label: 'Adresse électronique de contact' },
            {
              name: 'appeals',
              type: 'group',
              label: 'Recours contentieux',
              admin: { description: 'Indiqués dans les accusés de réception des démarches où le silence vaut rejet (article R112-5 du CRPA).' },
              fields: [
                { name: 'courtName', type: 'text', label: 'Tribunal administratif compétent', admin: { placeholder: 'Tribunal administratif de Rennes' } },
                { name: 'courtAddress', type: 'textarea', label: 'Adresse du tribunal' },
                { name: 'onlineAppeal', type: 'text', label: 'Saisine en ligne', defaultValue: 'www.telerecours.fr', admin: { description: 'Application Télérecours citoyens.' } },
              ],
            },
          ],
        },
        {
          label: 'Navigation',
          fields: [
            {
              name: 'navigation',
              type: 'array',
              label: 'Menu principal',
              labels: { singular: 'Entrée', plural: 'Entrées' },
              maxRows: 8,
              fields: [
                { name: 'label', type: 'text', label: 'Libellé', required: true },
                { name: 'href', type: 'text', label: 'Lien', required: true, validate: internalOrHttpsLink },
              ],
            },
          ],
        },
        {
          label: 'Accueil',
          fields: [
            { name: 'heroTitle', type: 'text', label: "Titre de l'accueil", required: true, defaultValue: 'Vos démarches en ligne' },
            { name: 'heroText', type: 'textarea', label: "Texte d'accueil" },
            {
              name: 'mostRequested',
              type: 'relationship',
              relationTo: 'procedures',
              hasMany: true,
              maxRows: 8,
              label: 'Démarches les plus demandées',
              admin: { description: "Affichées sur la page d'accueil, dans cet ordre." },
            },
          ],
        },
        {
          label: 'Carte des annuaires',
          fields: [
            {
              name: 'mapTileUrl',
              type: 'text',
              label: 'Adresse des tuiles de fond de carte',
              admin: {
                description:
                  'Modèle d’adresse des tuiles, ex. : https://tuiles.exemple.fr/{z}/{x}/{y}.png. Vide : pas de fond de carte, les repères restent affichés sur un fond uni.',
              },
              validate: (value: string | null | undefined) =>
                !value || /^(https:\/\/|\/)[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}[^\s]*$/.test(value)
                  ? true
                  : 'Saisissez une adresse https:// (ou un chemin du site) contenant {z}, {x} et {y}.',
            },
            { name: 'mapAttribution', type: 'text', label: 'Mention des sources de la carte', admin: { description: 'Ex. : © contributeurs OpenStreetMap' } },
          ],
        },
        {
          label: "Bandeau d'alerte",
          fields: [
            {
              name: 'alert',
              type: 'group',
              label: "Bandeau d'alerte",
              fields: [
                { name: 'enabled', type: 'checkbox', label: 'Afficher le bandeau', defaultValue: false },
                {
                  name: 'level',
                  type: 'select',
                  label: 'Niveau',
                  defaultValue: 'info',
                  options: [
                    { value: 'info', label: 'Information' },
                    { value: 'warning', label: 'Alerte' },
                  ],
                },
                {
                  name: 'text',
                  type: 'text',
                  label: 'Message',
                  validate: (value: string | null | undefined, { siblingData }: { siblingData: { enabled?: boolean } }) =>
                    siblingData?.enabled && !value ? 'Le message est obligatoire quand le bandeau est affiché.' : true,
                },
                { name: 'href', type: 'text', label: 'Lien (facultatif)', validate: (v: string | null | undefined) => (!v ? true : internalOrHttpsLink(v)) },
              ],
            },
          ],
        },
      ],
    },
  ],
}
