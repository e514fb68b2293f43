// Every resolver, one file per schema type; fields not listed here resolve by property name.
import type { Resolvers } from '../generated/resolvers-types.ts';
import { Article } from './Article.ts';
import { Contributor } from './Contributor.ts';
import { Mention } from './Mention.ts';
import { Mutation } from './Mutation.ts';
import { Node } from './Node.ts';
import { Person } from './Person.ts';
import { Photo } from './Photo.ts';
import { Query } from './Query.ts';
import { Quote } from './Quote.ts';
import { SearchHit } from './SearchHit.ts';
import { Section } from './Section.ts';
import { Statistic } from './Statistic.ts';

export const resolvers: Resolvers = { Query, Mutation, Node, SearchHit, Article, Contributor, Section, Quote, Person, Mention, Statistic, Photo };
