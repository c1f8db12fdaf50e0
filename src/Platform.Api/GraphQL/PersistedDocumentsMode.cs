namespace Platform.Api.GraphQL;

public enum PersistedDocumentsMode
{
    Open,
    AllowList,
}
