/**
 * Adds the natural person's identity to the users-permissions user: the Latvian personal code
 * (11 digits, stored without the hyphen) that the identity provider asserts, and the name.
 * The personal code is private, so no Strapi API ever returns it. The registering supervisor or
 * institution lets the administrator who registered a person find them again before the person
 * has any profile.
 */
interface UsersPermissionsPlugin {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
}

export default (plugin: UsersPermissionsPlugin) => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    personalCode: { type: 'string', unique: true, private: true, minLength: 11, maxLength: 11, configurable: false },
    firstName: { type: 'string', configurable: false },
    lastName: { type: 'string', configurable: false },
    registeredSupervisorId: { type: 'integer', private: true, configurable: false },
    registeredInstitutionId: { type: 'integer', private: true, configurable: false },
  });
  return plugin;
};
