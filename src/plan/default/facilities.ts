/**
 * GENERATED FILE, do not edit by hand: run `npx tsx scripts/extract-facilities.ts`.
 *
 * Source: Annexe 2 de la convention (docs/convention/convention-ctg-p2a-2022-2025.txt,
 * « ANNEXE 2 – Liste des équipements et services soutenus par la collectivité locale »),
 * 64 rows in the order of the text, duplicates kept. Address: the three address
 * columns joined with ', ', empty parts dropped, spelling as in the text. Commune: INSEE code
 * resolved from the commune column against communes.snapshot.json (@etalab/decoupage-administratif 6.0.0 (epci.json, communes.json)).
 */
import type { Facility } from '../schema';

export const facilities: Facility[] = [
  // docs/convention/convention-ctg-p2a-2022-2025.txt:387
  {
    name: 'Accueil ados - Pass Vacances 12-17 ans / MJE',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Accueils Adolescents',
    address: 'POLE ANIMATION, 80 PLACE ANDRE THISY',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:388
  {
    name: 'Accueil Ados - Francas des Mées',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Accueils Adolescents',
    address: 'PLACE GERARD VACHER',
    postcode: '04190',
    commune: '04116', // 04190 LES MEES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:389
  {
    name: 'Accueil ados - Pass O Jeunes',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Accueils Adolescents',
    address: 'STADE DE PEYRUIS, AVENUE DU STADE',
    postcode: '04310',
    commune: '04149', // 04310 PEYRUIS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:390
  {
    name: 'Extrascolaire les Aiglons - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: '2 RUE DES PITCHOUNETS',
    postcode: '04510',
    commune: '04001', // 04510 AIGLUN
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:391
  {
    name: 'Extrascolaire de la CA P2A',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: '1 QUARTIER L ARZIERAS',
    postcode: '04420',
    commune: '04036', // 04420 LE BRUSQUET
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:392
  {
    name: 'Scouts territoire AHP',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'Base scouts Les Feux Nouveaux',
    postcode: '04380',
    commune: '04040', // 04380 LE CASTELLARD MELAN
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:393
  {
    name: 'Scouts territoire AHP',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'ROUTE DU, FONT BELLE',
    postcode: '04380',
    commune: '04040', // 04380 LE CASTELLARD MELAN
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:394
  {
    name: 'La Passerelle - Extrascolaire',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'ROUTE DE MANOSQUE',
    postcode: '04160',
    commune: '04049', // 04160 CHATEAU ARNOUX ST AUBAN
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:395
  {
    name: 'Extrascolaire la Sympathie - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: '16 RUE DES EPINETTES',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:396
  {
    name: 'Extrascolaire de l\'Escale - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'RUE DU PROFESSEUR ARNAUD',
    postcode: '04160',
    commune: '04079', // 04160 L ESCALE
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:398
  {
    name: 'Extrascolaire les castors du trévans - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'Ancienne Ecole, le village',
    postcode: '04270',
    commune: '04084', // 04270 ESTOUBLON
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:399
  {
    name: 'Extrascolaire de la CA P2A',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: '1 CHEMIN DE LA BARRICADE',
    postcode: '04350',
    commune: '04108', // 04350 MALIJAI
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:400
  {
    name: 'Extrascolaire de la CA P2A',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'ECOLE DE MALLEMOISSON',
    postcode: '04510',
    commune: '04110', // 04510 MALLEMOISSON
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:401
  {
    name: 'Extrascolaire Francas des Mées',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'BOULEVARD DES TILLEULS',
    postcode: '04190',
    commune: '04116', // 04190 LES MEES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:402
  {
    name: 'Extrascolaire de Moustiers - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'RUE DU SEIGNEUR DE LA CLUE',
    postcode: '04360',
    commune: '04135', // 04360 MOUSTIERS STE MARIE
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:403
  {
    name: 'Extrascolaire de Peyruis',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: '2 AVENUE JULES FERRY',
    postcode: '04310',
    commune: '04149', // 04310 PEYRUIS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:404
  {
    name: 'Extrasco de Seyne-les-Alpes',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'ECOLE MATERNELLE JEAN PROAL, QUARTIER MARCHEYER, ECOLE MATERNELLE',
    postcode: '04140',
    commune: '04205', // 04140 SEYNE LES ALPES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:405
  {
    name: 'Extrascolaire - Association GUZU',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Extrascolaire',
    address: 'LA BASSE GREYERE',
    postcode: '04140',
    commune: '04205', // 04140 SEYNE LES ALPES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:406 — the annex's export writes « Enfants_Parents »;
  // the facility is a « Lieu d'accueil enfants-parents » (LAEP), as a person writes it.
  {
    name: 'LAEP Pic et Poc',
    type: 'Lieu d\'Accueil Enfants-Parents',
    nature: 'Lieu d\'Accueil Enfants-Parents',
    address: 'LOCAL DE LA CHENERAIE',
    postcode: '04160',
    commune: '04049', // 04160 CHATEAU ARNOUX ST AUBAN
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:407 (same wording as above)
  {
    name: 'LAEP La Récré',
    type: 'Lieu d\'Accueil Enfants-Parents',
    nature: 'Lieu d\'Accueil Enfants-Parents',
    address: 'RUE PIERRE MAGNAN',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:408
  {
    name: 'Bédunia',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Micro crèche',
    address: 'QUA de la Rivière',
    postcode: '04270',
    commune: '04028', // 04270 BEYNES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:409
  {
    name: 'Micro crèche les petits loups',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Micro crèche',
    address: 'Bâtiment Communal',
    postcode: '04140',
    commune: '04126', // 04140 MONTCLAR
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:411
  {
    name: 'Les Petits Plus',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: 'QUA les Clubières',
    postcode: '04600',
    commune: '04049', // 04600 CHATEAU ARNOUX-SAINT AUBAN
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:412
  {
    name: 'La Maisonnée',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: 'HLM Les Augiers',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE-LES-BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:413
  {
    name: 'Jardin Enchanté',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: 'CHT des Sieyes, Avenue Georges Pompidou',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE-LES-BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:414
  {
    name: 'Le P\'tit Jardin',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: 'R Pierre Magnan',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE-LES-BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:415
  {
    name: 'Les Premiers Pas',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: '16 R des Epinettes',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE-LES-BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:416
  {
    name: 'Les Gar\'nements',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: 'Ancienne Gare',
    postcode: '04510',
    commune: '04110', // 04510 MALLEMOISSON
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:417
  {
    name: 'Les Fruits de la Passion',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: 'AV des Pénitents',
    postcode: '04190',
    commune: '04116', // 04190 LES MEES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:418
  {
    name: 'Les Fruits de la Passion - Hors les Murs',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: 'AVENUE DES PENITENTS',
    postcode: '04190',
    commune: '04116', // 04190 LES MEES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:419
  {
    name: 'Les Petits Santons',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: 'Le Village',
    postcode: '04360',
    commune: '04135', // 04360 MOUSTIERS SAINTE MARIE
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:420
  {
    name: 'Les Petits Calins',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: '12 AV de la Libération, Les Magnolias',
    postcode: '04310',
    commune: '04149', // 04310 PEYRUIS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:422
  {
    name: 'La Ruche - Seyne',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: 'QUA du Barri, Maison de l\'Enfance',
    postcode: '04140',
    commune: '04205', // 04140 SEYNE-LES-ALPES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:423
  {
    name: 'Les Canaillous',
    type: 'Etablissement d\'Accueil du Jeune Enfant',
    nature: 'Multi accueil',
    address: '4 PL du Pôle Enfance',
    postcode: '04290',
    commune: '04244', // 04290 VOLONNE
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:424
  {
    name: 'Périscolaire les Aiglons - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '2 RUE DES PITCHOUNETS',
    postcode: '04510',
    commune: '04001', // 04510 AIGLUN
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:425
  {
    name: 'Périscolaire de la CA P2A',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'QUARTIER L\'ARZIERAS',
    postcode: '04420',
    commune: '04036', // 04420 LE BRUSQUET
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:426
  {
    name: 'Périsco Pitchouns du Brusquet',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'QUARTIER DE L\'ARZIERAS',
    postcode: '04420',
    commune: '04036', // 04420 LE BRUSQUET
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:427
  {
    name: 'La Passerelle - Périscolaire',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'RUE VICTORIN MAUREL',
    postcode: '04160',
    commune: '04049', // 04160 CHATEAU ARNOUX ST AUBAN
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:428
  {
    name: 'La Passerelle - Périscolaire',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'AVENUE DES ECOLES',
    postcode: '04600',
    commune: '04049', // 04600 CHATEAU ARNOUX ST AUBAN
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:429
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '2 AVENUE DU MARECHAL JUIN',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:430
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '6 CHEMIN DES AJONCS',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:431
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'AVENUE JOSEPH REINACH',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:432
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '28 AVENUE HENRI JAUBERT',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:434
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '1 RUE DU CASTEU',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:435
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '21 ROUTE DU CHAFFAUT',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:436
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'AVENUE DU COLONEL NOEL',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:437
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '8 AVENUE PAUL MARTIN',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:438
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '1 RUE LOUISE ESPIE',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:439
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'ZONE ARTISANALE, ROUTE DE CHAMPTERCIER',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:440
  {
    name: 'Périscolaire Commune de Digne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '14 AVENUE DES THERMES',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:441
  {
    name: 'Périscolaire la Sympathie - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '16 RUE DES EPINETTES',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:442
  {
    name: 'Périscolaire de l\'Escale - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'RUE DU PROFESSEUR ARNAUD',
    postcode: '04160',
    commune: '04079', // 04160 L ESCALE
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:443
  {
    name: 'ALSH PERISCOLAIRE DE LA COMMUNE DE L\'ESCALE',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'RUE DES ECOLES',
    postcode: '04160',
    commune: '04079', // 04160 L ESCALE
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:445
  {
    name: 'Périscolaire les Castors du Trévans - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'Ancienne Ecole, le village',
    postcode: '04270',
    commune: '04084', // 04270 ESTOUBLON
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:446
  {
    name: 'Périscolaire de la CA P2A',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'CHEMIN DE LA BARRICADE',
    postcode: '04350',
    commune: '04108', // 04350 MALIJAI
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:447
  {
    name: 'Périsco les Chardons bleus',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'CHEMIN DE LA BARRICADE',
    postcode: '04350',
    commune: '04108', // 04350 MALIJAI
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:448
  {
    name: 'Périscolaire Francas des Mées',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'HAMEAU DE DABISSE',
    postcode: '04190',
    commune: '04116', // 04190 LES MEES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:449
  {
    name: 'Périscolaire Francas des Mées',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'BOULEVARD DES TILLEULS',
    postcode: '04190',
    commune: '04116', // 04190 LES MEES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:450
  {
    name: 'Périscolaire de Moustiers - IFAC',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'RUE DU SEIGNEUR DE LA CLUE',
    postcode: '04360',
    commune: '04135', // 04360 MOUSTIERS STE MARIE
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:451
  {
    name: 'Périscolaire de Peyruis',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: '2 AVENUE JULES FERRY',
    postcode: '04310',
    commune: '04149', // 04310 PEYRUIS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:452
  {
    name: 'Périscolaire - Association GUZU',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'LA BASSE GREYERE',
    postcode: '04140',
    commune: '04205', // 04140 SEYNE LES ALPES
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:453
  {
    name: 'Périscolaire Commune Volonne',
    type: 'Accueil de loisirs sans hébergement',
    nature: 'Périscolaire',
    address: 'PLACE DU POLE ENFANCE',
    postcode: '04290',
    commune: '04244', // 04290 VOLONNE
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:454
  {
    name: 'RPE CA P2A',
    type: 'Relais Petite Enfance',
    nature: 'Relais Petite Enfance',
    address: '4 RUE KLEIN',
    postcode: '04000',
    commune: '04070', // 04000 DIGNE LES BAINS
  },
  // docs/convention/convention-ctg-p2a-2022-2025.txt:455
  {
    name: 'RPE Fruits de la Passion - Territoire P2A',
    type: 'Relais Petite Enfance',
    nature: 'Relais Petite Enfance',
    address: 'RUE JEAN MOULIN',
    postcode: '04190',
    commune: '04116', // 04190 LES MEES
  },
];
